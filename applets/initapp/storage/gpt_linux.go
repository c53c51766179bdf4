package storage

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"os"
	"unicode/utf16"
	"unsafe"

	"github.com/u-root/u-root/pkg/mount/gpt"
	"golang.org/x/sys/unix"
)

// linuxFS is the GPT type GUID of a Linux filesystem partition,
// 0FC63DAF-8483-4772-8E79-3D69D8477DE4.
var linuxFS = gpt.GUID{L: 0x0FC63DAF, W1: 0x8483, W2: 0x4772, B: [8]byte{0x8E, 0x79, 0x3D, 0x69, 0xD8, 0x47, 0x7D, 0xE4}}

func randomGUID() gpt.GUID {
	var b [16]byte
	rand.Read(b[:])
	b[7] = b[7]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	g := gpt.GUID{L: binary.LittleEndian.Uint32(b[0:]), W1: binary.LittleEndian.Uint16(b[4:]), W2: binary.LittleEndian.Uint16(b[6:])}
	copy(g.B[:], b[8:])
	return g
}

// NewTable lays out a GPT with one partition named name over a disk of
// sectors 512-byte sectors, aligned on 1 MiB.
func NewTable(sectors uint64, name string) (*gpt.PartitionTable, error) {
	const entrySectors = gpt.MaxNPart * 128 / gpt.BlockSize // 32
	if sectors < 2048+2*(1+entrySectors)+2048 {
		return nil, fmt.Errorf("disk too small for a cache (%d sectors)", sectors)
	}
	last := sectors - 1
	h := gpt.Header{
		Signature: gpt.Signature, Revision: gpt.Revision, HeaderSize: gpt.HeaderSize,
		CurrentLBA: 1, BackupLBA: last,
		FirstLBA: 2 + entrySectors, LastLBA: last - 1 - entrySectors,
		DiskGUID: randomGUID(), PartStart: 2, NPart: gpt.MaxNPart, PartSize: 128,
	}
	parts := make([]gpt.Part, gpt.MaxNPart)
	end := h.LastLBA / 2048 * 2048 // whole MiB, for alignment
	parts[0] = gpt.Part{PartGUID: linuxFS, UniqueGUID: randomGUID(), FirstLBA: 2048, LastLBA: end - 1}
	for i, c := range utf16.Encode([]rune(name)) {
		if 2*i+1 < len(parts[0].Name) {
			binary.LittleEndian.PutUint16(parts[0].Name[2*i:], c)
		}
	}
	backup := h
	backup.CurrentLBA, backup.BackupLBA, backup.PartStart = last, 1, last-entrySectors
	var mbr gpt.MBR
	// Protective MBR: one 0xEE partition over the disk.
	pe := mbr[446:]
	pe[4] = 0xEE
	pe[1], pe[2], pe[3] = 0x00, 0x02, 0x00
	pe[5], pe[6], pe[7] = 0xFF, 0xFF, 0xFF
	binary.LittleEndian.PutUint32(pe[8:], 1)
	n := last
	if n > 0xFFFFFFFF {
		n = 0xFFFFFFFF
	}
	binary.LittleEndian.PutUint32(pe[12:], uint32(n))
	mbr[510], mbr[511] = 0x55, 0xAA
	return &gpt.PartitionTable{
		MasterBootRecord: &mbr,
		Primary:          &gpt.GPT{Header: h, Parts: parts},
		Backup:           &gpt.GPT{Header: backup, Parts: parts},
	}, nil
}

// PartitionWholeDisk writes a fresh GPT with a single partition over
// /dev/disk and makes the kernel read it.
func PartitionWholeDisk(disk, name string) error {
	f, err := os.OpenFile("/dev/"+disk, os.O_RDWR|unix.O_EXCL, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	if bs, err := unix.IoctlGetInt(int(f.Fd()), unix.BLKSSZGET); err == nil && bs != gpt.BlockSize {
		return fmt.Errorf("%s has %d-byte sectors; only 512-byte sectors are supported", disk, bs)
	}
	size, err := diskSize(f)
	if err != nil {
		return err
	}
	t, err := NewTable(size/gpt.BlockSize, name)
	if err != nil {
		return err
	}
	// Stale filesystem signatures at the start of the disk would confuse
	// the next boot's scan: clear the first MiB before writing the table.
	if _, err := f.WriteAt(make([]byte, 1<<20), 0); err != nil {
		return err
	}
	if err := gpt.Write(f, t); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	return unix.IoctlSetInt(int(f.Fd()), unix.BLKRRPART, 0)
}

// diskSize asks the kernel for the size in bytes (BLKGETSIZE64).
func diskSize(f *os.File) (uint64, error) {
	var size uint64
	if _, _, e := unix.Syscall(unix.SYS_IOCTL, f.Fd(), unix.BLKGETSIZE64, uintptr(unsafe.Pointer(&size))); e != 0 {
		return 0, e
	}
	return size, nil
}
