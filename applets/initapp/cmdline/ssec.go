package cmdline

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
)

// SSECKey checks a volume's encrypt_key (an S3 SSE-C key: 32 bytes) and
// returns it in the form mcli's --enc-c takes (64 hex digits or unpadded
// base64). boot2container's mc took the 32 bytes as they are, so a
// 32-character key keeps working; padded base64 is accepted too, since mc
// would read its '=' as the separator before the key. Errors never quote
// the key: it is a secret.
func SSECKey(k string) (string, error) {
	if len(k) == 64 {
		if b, err := hex.DecodeString(k); err == nil && len(b) == 32 {
			return k, nil
		}
	}
	for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.StdEncoding} {
		if b, err := enc.DecodeString(k); err == nil && len(b) == 32 {
			return base64.RawStdEncoding.EncodeToString(b), nil
		}
	}
	if len(k) == 32 {
		return base64.RawStdEncoding.EncodeToString([]byte(k)), nil
	}
	return "", errors.New("not a 32-byte key (give 32 characters, 64 hex digits or base64 of 32 bytes)")
}
