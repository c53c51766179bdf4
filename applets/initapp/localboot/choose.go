// Package localboot finds what the pipeline installed on the disks and
// picks the entry b2c.kexec_local boots: the boot entries of every
// partition (Boot Loader Specification and GRUB: u-root's pkg/boot
// parsers) in one numbered list. Choosing is pure (this package); reading
// the disks is package localboot/scan.
package localboot

import (
	"fmt"
	"strconv"
	"strings"
)

// Entry is one boot entry found on a partition.
type Entry struct {
	Index     int    // its place in the list, what an index selector names
	Device    string // the partition, e.g. vdb1
	PartLabel string // GPT partition name ("" for none or MBR)
	FSLabel   string // filesystem label (ext2/3/4)
	FSUUID    string // filesystem UUID
	Format    string // "BLS" or "GRUB"
	Title     string
	Kernel    string // paths as the scan found them, for the console
	Initrd    string // "" for none
	Cmdline   string
}

// Selector is b2c.kexec_local's value: which entry to boot.
type Selector struct {
	// Value is "" for the default entry; else an index, an entry title,
	// a partition label or a filesystem UUID (tried in that order).
	Value string
}

// DefaultName is the selector spelling of the default entry, for when
// sub-options follow (b2c.kexec_local=default,always).
const DefaultName = "default"

// ParseSelector reads the selector part of b2c.kexec_local.
func ParseSelector(s string) Selector {
	s = strings.TrimSpace(s)
	if s == DefaultName {
		s = ""
	}
	return Selector{Value: s}
}

// String says what the selector picks, for the console and check-cmdline.
func (s Selector) String() string {
	switch {
	case s.Value == "":
		return "the default entry"
	case isIndex(s.Value):
		return "entry number " + s.Value
	}
	return fmt.Sprintf("the entry titled %q, else the first entry of the partition labelled (or with the UUID) %q", s.Value, s.Value)
}

func isIndex(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 0 && strconv.Itoa(n) == s
}

// Choose returns the entry the selector names. The default is the first
// entry: disks in the kernel's order, then on each partition its BLS
// entries, then its GRUB entries, each format's default first.
func Choose(entries []Entry, s Selector) (Entry, error) {
	if len(entries) == 0 {
		return Entry{}, fmt.Errorf("no boot entry (BLS or GRUB) on any partition")
	}
	v := s.Value
	if v == "" {
		return entries[0], nil
	}
	if isIndex(v) {
		n, _ := strconv.Atoi(v)
		if n >= len(entries) {
			return Entry{}, fmt.Errorf("no entry number %d: %d found (0 to %d)", n, len(entries), len(entries)-1)
		}
		return entries[n], nil
	}
	for _, e := range entries {
		if e.Title == v {
			return e, nil
		}
	}
	for _, e := range entries {
		if e.PartLabel == v || e.FSLabel == v || (e.FSUUID != "" && strings.EqualFold(e.FSUUID, v)) {
			return e, nil
		}
	}
	return Entry{}, fmt.Errorf("no entry titled %q and no partition with that label or UUID among %d entries", v, len(entries))
}

// Describe is the line that says what will be booted.
func (e Entry) Describe() string {
	initrd := e.Initrd
	if initrd == "" {
		initrd = "none"
	}
	return fmt.Sprintf("entry %d %q (%s on %s%s): kernel %s, initramfs %s, command line: %s",
		e.Index, e.Title, e.Format, e.Device, e.names(), e.Kernel, initrd, e.Cmdline)
}

// names lists the partition's label and UUID, when it has them.
func (e Entry) names() string {
	var n []string
	if e.PartLabel != "" {
		n = append(n, "partition label "+e.PartLabel)
	}
	if e.FSLabel != "" && e.FSLabel != e.PartLabel {
		n = append(n, "label "+e.FSLabel)
	}
	if e.FSUUID != "" {
		n = append(n, "UUID "+e.FSUUID)
	}
	if len(n) == 0 {
		return ""
	}
	return ", " + strings.Join(n, ", ")
}

// Follow says whether b2c.kexec_local boots an entry once the pipeline is
// over, and if not, why. otherwise is "" when the machine would power
// off; else what takes it down instead (a reboot or a poweroff someone
// asked for, b2c.kexec_from's kernel), which wins: the user asked for it
// during this boot.
func Follow(always bool, status int, otherwise string) (bool, string) {
	switch {
	case otherwise != "":
		return false, otherwise
	case status != 0 && !always:
		return false, fmt.Sprintf("the pipeline status is %d, not 0 (add ,always to boot anyway)", status)
	}
	return true, ""
}
