package pipeline

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
)

// AuthFile is where b2c.login credentials go: podman's default for root,
// also named by REGISTRY_AUTH_FILE in the init's environment.
const AuthFile = "/run/containers/0/auth.json"

// AuthJSON is the containers-auth.json(5) document for logins.
func AuthJSON(logins []cmdline.Login) ([]byte, error) {
	type entry struct {
		Auth string `json:"auth"`
	}
	doc := struct {
		Auths map[string]entry `json:"auths"`
	}{Auths: map[string]entry{}}
	for _, l := range logins {
		doc.Auths[l.Registry] = entry{Auth: base64.StdEncoding.EncodeToString([]byte(l.User + ":" + l.Secret))}
	}
	return json.MarshalIndent(doc, "", "\t")
}

// WriteAuth writes the logins to path, readable by root only.
func WriteAuth(path string, logins []cmdline.Login) error {
	b, err := AuthJSON(logins)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
