package network

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
)

// maxExtraArgs bounds what b2c.extra_args_url may return: it is a command
// line, not a download.
const maxExtraArgs = 1 << 20

// Fetch downloads a small text document (b2c.extra_args_url) over HTTP or
// HTTPS (system CA bundle), retrying for about wait on network errors: the
// route or DNS may still be settling right after DHCP. An HTTP error status
// is final.
func Fetch(ctx context.Context, rawURL string, wait time.Duration) ([]byte, error) {
	var body []byte
	err := get(ctx, rawURL, wait, 10*time.Second, func(r io.Reader) error {
		b, err := io.ReadAll(io.LimitReader(r, maxExtraArgs+1))
		if err == nil && len(b) > maxExtraArgs {
			err = fmt.Errorf("more than %d bytes", maxExtraArgs)
		}
		body = b
		return err
	})
	return body, err
}

// Download saves rawURL to path (a kernel or an initramfs for b2c.kexec),
// with Fetch's retries, within 10 minutes and at most max bytes: path is
// in RAM, and a wrong URL must not fill it.
func Download(ctx context.Context, rawURL, path string, wait time.Duration, max int64) (int64, error) {
	var n int64
	err := get(ctx, rawURL, wait, 10*time.Minute, func(r io.Reader) error {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
		if err != nil {
			return err
		}
		n, err = io.Copy(f, io.LimitReader(r, max+1))
		if err == nil && n > max {
			err = fmt.Errorf("larger than %d bytes: refused", max)
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
		}
		return err
	})
	return n, err
}

// get GETs rawURL and hands a 200's body to read. Errors never show the
// URL's credentials.
func get(ctx context.Context, rawURL string, wait, timeout time.Duration, read func(io.Reader) error) error {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("not an http(s) URL")
	}
	client := &http.Client{Timeout: timeout}
	deadline := time.Now().Add(wait)
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
		if err != nil {
			return redact(err, u)
		}
		resp, err := client.Do(req)
		if err == nil {
			defer resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("HTTP status %s", resp.Status)
			}
			if err := read(resp.Body); err != nil {
				return redact(err, u)
			}
			return nil
		}
		if time.Now().After(deadline) {
			return redact(err, u)
		}
		time.Sleep(time.Second)
	}
}

// redact keeps URL credentials out of error messages: net/http quotes the
// whole URL, with its userinfo and its query (a pre-signed URL's
// signature is a credential).
func redact(err error, u *url.URL) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = fmt.Errorf("%s %s: %v", ue.Op, cmdline.MaskURL(u.String()), ue.Err)
	}
	msg := err.Error()
	if u.User != nil {
		msg = strings.ReplaceAll(msg, u.User.String()+"@", cmdline.Mask+"@")
	}
	if u.RawQuery != "" {
		msg = strings.ReplaceAll(msg, u.RawQuery, cmdline.Mask)
	}
	return errors.New(msg)
}
