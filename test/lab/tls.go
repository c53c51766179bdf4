package lab

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/u-root/u-root/pkg/cpio"
)

// The lab's own certificate authority signs one server certificate for
// HostIP, which the TLS services (MinIO on MinioTLSURL) use. Guests trust
// it only when booted with VMConfig.TrustLabCA.
const (
	MinioTLSURL = "https://" + HostIP + ":9443"
	// caBundle is where the initramfs (and Go's crypto/x509) looks for
	// the system's CA certificates.
	caBundle = "etc/ssl/certs/ca-certificates.crt"
)

// CA is the PEM of the lab's certificate authority.
func (l *Lab) CA() string { return filepath.Join(l.Dir, "tls", "ca.pem") }

// certsDir holds public.crt and private.key, as MinIO's --certs-dir wants.
func (l *Lab) certsDir() string { return filepath.Join(l.Dir, "tls", "server") }

// makeCerts writes a fresh CA and a server certificate for HostIP. They
// are valid from an hour ago (guest clocks drift) for a week.
func (l *Lab) makeCerts() error {
	if err := os.MkdirAll(l.certsDir(), 0o700); err != nil {
		return err
	}
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	now := time.Now()
	ca := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "b2c lab CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(7 * 24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		return err
	}
	ca, err = x509.ParseCertificate(caDER)
	if err != nil {
		return err
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	srv := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: HostIP},
		IPAddresses:  []net.IP{net.ParseIP(HostIP)},
		DNSNames:     []string{"lab"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(7 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	srvDER, err := x509.CreateCertificate(rand.Reader, srv, ca, &key.PublicKey, caKey)
	if err != nil {
		return err
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return err
	}
	for path, blk := range map[string]*pem.Block{
		l.CA(): {Type: "CERTIFICATE", Bytes: caDER},
		filepath.Join(l.certsDir(), "public.crt"):  {Type: "CERTIFICATE", Bytes: srvDER},
		filepath.Join(l.certsDir(), "private.key"): {Type: "EC PRIVATE KEY", Bytes: keyDER},
	} {
		if err := os.WriteFile(path, pem.EncodeToMemory(blk), 0o600); err != nil {
			return err
		}
	}
	// The mcli helper's config dir trusts the CA too.
	cas := filepath.Join(l.Dir, "mcli", "certs", "CAs")
	if err := os.MkdirAll(cas, 0o700); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(cas, "lab-ca.pem"), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), 0o600)
}

var caInitrdMu sync.Mutex

// withLabCA returns an initramfs that is initrd followed by a small
// uncompressed cpio replacing the CA bundle with the host's bundle plus the
// lab CA. The kernel unpacks concatenated archives in order, later files
// winning: this is also how a user adds their own CA to a released
// initramfs (docs/init.md). Built once per initrd and lab.
func (l *Lab) withLabCA(initrd string) (string, error) {
	caInitrdMu.Lock()
	defer caInitrdMu.Unlock()
	st, err := os.Stat(initrd)
	if err != nil {
		return "", err
	}
	out := filepath.Join(l.Dir, "tls", fmt.Sprintf("initrd-%x-%d", st.ModTime().UnixNano(), st.Size()))
	if _, err := os.Stat(out); err == nil {
		return out, nil
	}
	bundle, err := os.ReadFile("/" + caBundle)
	if err != nil {
		return "", err
	}
	ca, err := os.ReadFile(l.CA())
	if err != nil {
		return "", err
	}
	bundle = append(append(bundle, '\n'), ca...)
	base, err := os.ReadFile(initrd)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	b.Write(base)
	// newc archives are 4-byte aligned; the kernel skips zero padding
	// between archives.
	for b.Len()%4 != 0 {
		b.WriteByte(0)
	}
	w := cpio.Newc.Writer(&b)
	recs := []cpio.Record{cpio.StaticRecord(bundle, cpio.Info{Name: caBundle, Mode: cpio.S_IFREG | 0o644})}
	if err := cpio.WriteRecords(w, recs); err != nil {
		return "", err
	}
	if err := cpio.WriteTrailer(w); err != nil {
		return "", err
	}
	if err := os.WriteFile(out+".tmp", b.Bytes(), 0o644); err != nil {
		return "", err
	}
	return out, os.Rename(out+".tmp", out)
}
