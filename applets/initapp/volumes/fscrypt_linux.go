package volumes

import (
	"encoding/base64"
	"errors"
	"fmt"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// fscryptKeySize is the size of a v2 master key for AES-256-XTS contents
// encryption (what fscryptctl and boot2container use).
const fscryptKeySize = 64

// DecodeFscryptKey checks a fscrypt_key= value: base64 of 64 raw bytes.
func DecodeFscryptKey(b64 string) ([]byte, error) {
	k, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, errors.New("fscrypt_key is not valid base64")
	}
	if len(k) != fscryptKeySize {
		return nil, fmt.Errorf("fscrypt_key must decode to %d bytes, not %d", fscryptKeySize, len(k))
	}
	return k, nil
}

// addKey gives the key to the filesystem holding dir and returns the
// identifier the kernel derives from it.
func addKey(dir string, key []byte) ([16]byte, error) {
	var id [16]byte
	f, err := os.Open(dir)
	if err != nil {
		return id, err
	}
	defer f.Close()
	// struct fscrypt_add_key_arg is followed by the raw key bytes.
	hdr := int(unsafe.Sizeof(unix.FscryptAddKeyArg{}))
	buf := make([]byte, hdr+len(key))
	arg := (*unix.FscryptAddKeyArg)(unsafe.Pointer(&buf[0]))
	arg.Key_spec.Type = unix.FSCRYPT_KEY_SPEC_TYPE_IDENTIFIER
	arg.Raw_size = uint32(len(key))
	copy(buf[hdr:], key)
	_, _, e := unix.Syscall(unix.SYS_IOCTL, f.Fd(), unix.FS_IOC_ADD_ENCRYPTION_KEY, uintptr(unsafe.Pointer(&buf[0])))
	for i := hdr; i < len(buf); i++ {
		buf[i] = 0 // do not leave the key around in this buffer
	}
	if e != 0 {
		if e == unix.ENOTTY || e == unix.EOPNOTSUPP {
			return id, fmt.Errorf("the filesystem of %s does not support fscrypt (it needs the ext4 cache partition)", dir)
		}
		return id, fmt.Errorf("adding the fscrypt key: %w", e)
	}
	copy(id[:], arg.Key_spec.U[:16])
	return id, nil
}

// policyOf returns dir's v2 policy identifier, or ok=false when dir is not
// encrypted.
func policyOf(dir string) (id [16]byte, ok bool, err error) {
	f, err := os.Open(dir)
	if err != nil {
		return id, false, err
	}
	defer f.Close()
	var arg unix.FscryptGetPolicyExArg
	arg.Size = uint64(len(arg.Policy))
	_, _, e := unix.Syscall(unix.SYS_IOCTL, f.Fd(), unix.FS_IOC_GET_ENCRYPTION_POLICY_EX, uintptr(unsafe.Pointer(&arg)))
	switch e {
	case 0:
	case unix.ENODATA:
		return id, false, nil
	case unix.ENOTTY, unix.EOPNOTSUPP:
		return id, false, nil // a filesystem without fscrypt has no encrypted dirs
	default:
		return id, false, e
	}
	p := (*unix.FscryptPolicyV2)(unsafe.Pointer(&arg.Policy[0]))
	if p.Version != unix.FSCRYPT_POLICY_V2 {
		return id, true, errors.New("encrypted with a v1 policy, which b2c does not manage")
	}
	return p.Master_key_identifier, true, nil
}

func setPolicy(dir string, id [16]byte) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	p := unix.FscryptPolicyV2{
		Version:                   unix.FSCRYPT_POLICY_V2,
		Contents_encryption_mode:  unix.FSCRYPT_MODE_AES_256_XTS,
		Filenames_encryption_mode: unix.FSCRYPT_MODE_AES_256_CTS,
		Flags:                     unix.FSCRYPT_POLICY_FLAGS_PAD_32,
		Master_key_identifier:     id,
	}
	if _, _, e := unix.Syscall(unix.SYS_IOCTL, f.Fd(), unix.FS_IOC_SET_ENCRYPTION_POLICY, uintptr(unsafe.Pointer(&p))); e != 0 {
		return fmt.Errorf("setting the fscrypt policy on %s: %w", dir, e)
	}
	return nil
}

// emptyDir recreates dir empty (same mode), the only way to change or set
// a directory's encryption policy.
func emptyDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	return os.Mkdir(dir, st.Mode().Perm())
}

func isEmpty(dir string) bool {
	ents, err := os.ReadDir(dir)
	return err == nil && len(ents) == 0
}

// setupFscrypt unlocks or encrypts the volume's directory. Nothing is
// wiped unless fscrypt_reset_key says so.
func setupFscrypt(v *cmdline.Volume, dir string) error {
	key, err := DecodeFscryptKey(v.FscryptKey)
	if err != nil {
		return err
	}
	id, err := addKey(dir, key)
	if err != nil {
		return err
	}
	cur, encrypted, err := policyOf(dir)
	if err != nil {
		return err
	}
	switch {
	case encrypted && cur == id:
		return nil // the key unlocked it
	case encrypted && !v.FscryptResetKey:
		return errors.New("encrypted with another key: refusing it (fscrypt_reset_key wipes and re-encrypts it)")
	case encrypted:
		// fscrypt_reset_key: the user accepts losing the content.
		if err := emptyDir(dir); err != nil {
			return fmt.Errorf("wiping for fscrypt_reset_key: %w", err)
		}
	case !isEmpty(dir) && !v.FscryptResetKey:
		return errors.New("holds unencrypted files: refusing to encrypt it (fscrypt_reset_key wipes and encrypts it)")
	case !isEmpty(dir):
		if err := emptyDir(dir); err != nil {
			return fmt.Errorf("wiping for fscrypt_reset_key: %w", err)
		}
	}
	return setPolicy(dir, id)
}

// checkNotLocked refuses a volume encrypted by an earlier boot when no key
// is given: its content would be unreadable names and bytes.
func checkNotLocked(dir string) error {
	if _, encrypted, err := policyOf(dir); err != nil {
		return err
	} else if encrypted {
		return errors.New("is encrypted (fscrypt) but no fscrypt_key was given")
	}
	return nil
}
