// Package licenses embeds the third-party notice (hack/licenses writes it,
// `make licenses-check` keeps it in step with vendor/) and hands it to the
// dispatcher's --licenses. It is linked with every applet, not into the
// netboot loader.
package licenses

import (
	_ "embed"
	"io"

	"github.com/klauspost/compress/zstd"

	"github.com/b2c-project/b2c/applets"
)

// zstd: the decoder is in the binary already (podman's layers), and the
// notice shrinks from 0.66 MB to 44 KB. The file is generated, committed
// because go:embed cannot read out/.
//
//go:embed THIRD_PARTY_LICENSES.zst
var notice []byte

func init() { applets.Licenses = Write }

// Write prints the notice.
func Write(w io.Writer) error {
	d, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return err
	}
	defer d.Close()
	text, err := d.DecodeAll(notice, nil)
	if err != nil {
		return err
	}
	_, err = w.Write(text)
	return err
}
