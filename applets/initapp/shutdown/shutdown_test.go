package shutdown

import (
	"reflect"
	"testing"
)

func TestUnmountOrder(t *testing.T) {
	mounts := `rootfs / rootfs rw 0 0
proc /proc proc rw 0 0
devtmpfs /dev devtmpfs rw 0 0
tmp /tmp tmpfs rw 0 0
/dev/vda1 /storage ext4 rw 0 0
overlay /storage/containers/storage/overlay overlay rw 0 0
/dev/vdb /mnt/my\040disk ext4 rw 0 0
cgroup2 /sys/fs/cgroup cgroup2 rw 0 0
`
	got := UnmountOrder(mounts)
	want := []string{"/storage/containers/storage/overlay", "/mnt/my disk", "/storage"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("UnmountOrder = %q, want %q", got, want)
	}
}

func TestUnescape(t *testing.T) {
	for in, want := range map[string]string{`a\040b`: "a b", `a\\b`: `a\\b`, `end\04`: `end\04`, `x\011`: "x\t"} {
		if got := unescape(in); got != want {
			t.Errorf("unescape(%q) = %q, want %q", in, got, want)
		}
	}
}
