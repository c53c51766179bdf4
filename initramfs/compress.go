package initramfs

import (
	"bytes"
	"fmt"
	"os/exec"
)

// Compress compresses an archive the way the kernel of arch can unpack
// it, with deterministic settings (one thread, fixed levels).
func Compress(data []byte, method, arch string) ([]byte, error) {
	var cmd *exec.Cmd
	switch method {
	case "none", "":
		return data, nil
	case "xz":
		// The kernel's xz decoder wants CRC32 checks; a 10 MiB dictionary
		// keeps the unpacking's memory small (the default 64 MiB of -9
		// deadlocks guests below ~224 MiB of RAM; the kernel allocates
		// the stream's dictionary while it unpacks). 10 rather than 8 MiB:
		// 57 KB less for b2c.kexec_local's room, and the self-contained
		// RAM floor stays 176 MiB (docs/bench.md).
		args := []string{"--format=xz", "--check=crc32"}
		if f := bcjFilter[arch]; f != "" {
			args = append(args, f)
		}
		cmd = exec.Command("xz", append(args, "--lzma2=preset=9e,dict=10MiB", "--threads=1", "-c")...)
	case "zstd":
		cmd = exec.Command("zstd", "-19", "--no-progress", "-q", "-c", "-T1")
	case "gzip":
		cmd = exec.Command("gzip", "-9", "-n", "-c")
	default:
		return nil, fmt.Errorf("unknown compression %q (xz, zstd, gzip, none)", method)
	}
	cmd.Stdin = bytes.NewReader(data)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %v: %s", method, err, errb.String())
	}
	return out.Bytes(), nil
}

// bcjFilter is xz's branch converter for an architecture whose kernels
// unpack it: it turns relative call targets absolute, which makes machine
// code repeat more (amd64: 570 KB less, docs/bench.md). Debian's amd64
// kernel has CONFIG_XZ_DEC_X86; its arm64 6.1 kernel has no ARM64 decoder
// (Linux 6.7 added one), so arm64 stays plain.
var bcjFilter = map[string]string{"amd64": "--x86"}
