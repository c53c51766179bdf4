package storage

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"unsafe"

	"golang.org/x/sys/unix"
)

// SwapFile is the swap file b2c.swap creates on the cache, replaced at
// each boot and removed at shutdown.
var SwapFile = filepath.Join(Mountpoint, "swapfile")

// SwapHeader returns the first page of a swap area of size bytes, as
// mkswap writes it (version 1, no bad pages).
func SwapHeader(size int64, pageSize int) ([]byte, error) {
	pages := size / int64(pageSize)
	if pages < 10 {
		return nil, fmt.Errorf("swap of %d bytes is too small", size)
	}
	if pages-1 > 0xFFFFFFFF {
		return nil, fmt.Errorf("swap of %d bytes is too large", size)
	}
	h := make([]byte, pageSize)
	binary.LittleEndian.PutUint32(h[1024:], 1)               // version
	binary.LittleEndian.PutUint32(h[1028:], uint32(pages-1)) // last_page
	binary.LittleEndian.PutUint32(h[1032:], 0)               // nr_badpages
	copy(h[pageSize-10:], "SWAPSPACE2")
	return h, nil
}

// EnableSwap creates SwapFile of size bytes and turns it on.
func EnableSwap(size int64) error {
	os.Remove(SwapFile)
	f, err := os.OpenFile(SwapFile, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	// The kernel refuses swap files with holes: allocate every block.
	if err := unix.Fallocate(int(f.Fd()), 0, 0, size); err != nil {
		os.Remove(SwapFile)
		return fmt.Errorf("allocating %d bytes: %w", size, err)
	}
	h, err := SwapHeader(size, os.Getpagesize())
	if err == nil {
		_, err = f.WriteAt(h, 0)
	}
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = SwapOn(SwapFile, 0)
	}
	if err != nil {
		os.Remove(SwapFile)
	}
	return err
}

// RemoveSwap deletes the swap file (once swapped off by the shutdown).
func RemoveSwap() { os.Remove(SwapFile) }

// SwapOn is swapon(2) with its flags (SWAP_FLAG_*).
func SwapOn(path string, flags int) error {
	p, err := unix.BytePtrFromString(path)
	if err != nil {
		return err
	}
	if _, _, e := unix.Syscall(unix.SYS_SWAPON, uintptr(unsafe.Pointer(p)), uintptr(flags), 0); e != 0 {
		return e
	}
	return nil
}
