package modules

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/b2c-project/b2c/applets/initapp/modules/modindex"
)

// A coldplug round asks for each device's modules, then the wanted names
// as given (aliases too), each once whatever its spelling.
func TestPlanAsksEachOnce(t *testing.T) {
	x, err := modindex.Load(fstest.MapFS{
		"modules.dep": {Data: []byte("virtio_net.ko:\nvirtio_blk.ko:\next4.ko:\n")},
		"modules.alias": {Data: []byte("alias virtio:d00000001v* virtio_net\n" +
			"alias virtio:d00000002v* virtio_blk\nalias fs-ext4 ext4\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := plan(x,
		[]string{"virtio:d00000001v00001AF4", "virtio:d00000002v00001AF4", "virtio:d00000001v00001AF4", "acpi:PNP0A03:"},
		[]string{"ext4", "virtio-net", "fs-ext4", "fs_ext4", "overlay"})
	want := []string{"virtio_net", "virtio_blk", "ext4", "fs-ext4", "overlay"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("plan = %v, want %v", got, want)
	}
}
