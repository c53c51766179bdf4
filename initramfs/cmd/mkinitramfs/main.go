// Command mkinitramfs builds b2c's initramfs from initramfs/contents.txt.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/b2c-project/b2c/initramfs"
)

func main() {
	contents := flag.String("contents", "initramfs/contents.txt", "contents file")
	out := flag.String("o", "out/initramfs.linux_amd64.cpio.xz", "output file")
	compress := flag.String("compress", "xz", "xz, zstd, gzip or none")
	modDir := flag.String("modules-dir", "", "kernel module directory (default /lib/modules/$KERNEL_VERSION)")
	arch := flag.String("arch", "amd64", "target architecture, for [ARCH] lines")
	sysroot := flag.String("sysroot", "/", "root holding the target's `elf` programs and libraries")
	cpio := flag.String("cpio", "", "also write the uncompressed archive here (the lab boots it: no decompression under emulation)")
	parts := flag.Bool("parts", true, "also compress each part alone for the size table (as much work again: make test turns it off)")
	tree := flag.String("tree", "", "write the image as a directory here instead (the netboot payload), device nodes as mksquashfs pseudo definitions in TREE.pseudo")
	flag.Parse()
	if *tree != "" {
		if err := writeTree(*contents, *tree, *modDir, *arch, *sysroot); err != nil {
			fmt.Fprintf(os.Stderr, "mkinitramfs: %v\n", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*contents, *out, *compress, *modDir, *arch, *sysroot, *parts, *cpio); err != nil {
		fmt.Fprintf(os.Stderr, "mkinitramfs: %v\n", err)
		os.Exit(1)
	}
}

func image(contents, out, modDir, arch, sysroot string) (*initramfs.Image, error) {
	kver := os.Getenv("KERNEL_VERSION")
	if modDir == "" && kver != "" {
		modDir = filepath.Join("/lib/modules", kver)
	}
	if kver == "" && modDir != "" {
		kver = filepath.Base(modDir)
	}
	root, _ := os.Getwd()
	f, err := os.Open(contents)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	vars := map[string]string{"KERNEL_VERSION": kver, "MODULES_DIR": modDir, "OUT": filepath.Dir(out), "ARCH": arch}
	lines, err := initramfs.ParseContents(f, vars)
	if err != nil {
		return nil, err
	}
	im := initramfs.NewImage()
	if err := initramfs.Apply(im, lines, initramfs.Options{Root: root, HostRoot: "/", SysRoot: sysroot, ModulesDir: modDir, KernelVer: kver}); err != nil {
		return nil, err
	}
	return im, nil
}

// writeTree writes the image into a new directory dir (${OUT} is dir's
// parent, as for an archive written beside it).
func writeTree(contents, dir, modDir, arch, sysroot string) error {
	im, err := image(contents, dir, modDir, arch, sysroot)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	pseudo, err := initramfs.WriteTree(dir, im)
	if err != nil {
		return err
	}
	return os.WriteFile(dir+".pseudo", []byte(strings.Join(pseudo, "\n")+"\n"), 0o644)
}

func run(contents, out, method, modDir, arch, sysroot string, parts bool, cpio string) error {
	im, err := image(contents, out, modDir, arch, sysroot)
	if err != nil {
		return err
	}
	mtime, _ := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64)
	var buf bytes.Buffer
	sizes, err := initramfs.WriteCpio(&buf, im, mtime)
	if err != nil {
		return err
	}
	// The parts are compressed alone beside the whole, on the other cores.
	var table string
	done := make(chan struct{})
	go func() {
		table = report(sizes, im, method, arch, parts)
		close(done)
	}()
	packed, err := initramfs.Compress(buf.Bytes(), method, arch)
	<-done
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, packed, 0o644); err != nil {
		return err
	}
	if cpio != "" {
		if err := os.WriteFile(cpio, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	// The table also goes next to the output, for make bench's report.
	t := table + fmt.Sprintf("%-32s %12d %12d  %s\n", "total (cpio)", buf.Len(), len(packed), filepath.Base(out))
	fmt.Print(t)
	return os.WriteFile(out+".parts.txt", []byte(t), 0o644)
}

// report returns the table of each part's size, uncompressed and, with
// measure, compressed alone (an estimate: the parts compress a little
// better together); "-" when not measured.
func report(sizes initramfs.Sizes, im *initramfs.Image, method, arch string, measure bool) string {
	var b strings.Builder
	parts := []initramfs.Part{initramfs.PartBinary, initramfs.PartHelpers, initramfs.PartModules, initramfs.PartRest}
	fmt.Fprintf(&b, "%-32s %12s %12s\n", "initramfs part", "bytes", method+" (alone)")
	for _, p := range parts {
		if !measure {
			fmt.Fprintf(&b, "%-32s %12d %12s\n", p, sizes[p], "-")
			continue
		}
		var files [][]byte
		var keys []string
		for path, e := range im.Entries {
			if e.Part == p && e.Kind == initramfs.KindFile {
				keys = append(keys, path)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			e := im.Entries[k]
			d := e.Data
			if d == nil {
				d, _ = os.ReadFile(e.Source)
			}
			files = append(files, d)
		}
		c, err := initramfs.Compress(bytes.Join(files, nil), method, arch)
		cs := "?"
		if err == nil {
			cs = strconv.Itoa(len(c))
		}
		fmt.Fprintf(&b, "%-32s %12d %12s\n", p, sizes[p], cs)
	}
	return b.String()
}
