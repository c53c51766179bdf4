package network

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
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
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL")
	}
	client := &http.Client{Timeout: 10 * time.Second}
	deadline := time.Now().Add(wait)
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
		if err != nil {
			return nil, err
		}
		resp, err := client.Do(req)
		if err == nil {
			body, rerr := io.ReadAll(io.LimitReader(resp.Body, maxExtraArgs+1))
			resp.Body.Close()
			switch {
			case resp.StatusCode != http.StatusOK:
				return nil, fmt.Errorf("HTTP status %s", resp.Status)
			case rerr != nil:
				return nil, rerr
			case len(body) > maxExtraArgs:
				return nil, fmt.Errorf("more than %d bytes", maxExtraArgs)
			}
			return body, nil
		}
		if time.Now().After(deadline) {
			return nil, redact(err, u)
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
