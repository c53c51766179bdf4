package boot

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/lab"
)

func needMinio(t *testing.T) {
	t.Helper()
	if os.Getenv("B2C_MINIO") == "" {
		t.Skip("B2C_MINIO is not set: no MinIO server in the lab")
	}
}

func mcli(t *testing.T, args ...string) string {
	t.Helper()
	bin, err := lab.FindBin()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := theLab.Mcli(ctx, bin, args...)
	if err != nil {
		t.Fatalf("mcli %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

const minioOpt = `b2c.minio="lab,` + lab.MinioURL + `,` + lab.MinioUser + `,` + lab.MinioPass + `" `

// A volume mirrored with a bucket: pulled at pipeline start, written by the
// container, pushed at pipeline end; the S3 keys never reach the console.
func TestVolumeMirror(t *testing.T) {
	needMinio(t)
	mcli(t, "mb", "--ignore-existing", "lab/mirror")
	seed := t.TempDir() + "/seed.txt"
	os.WriteFile(seed, []byte("SEED-FROM-S3\n"), 0o644)
	mcli(t, "cp", seed, "lab/mirror/seed.txt")

	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="data,mirror=lab/mirror,pull_on=pipeline_start,push_on=pipeline_end,expiration=pipeline_end" ` +
		run("busybox", "-v", "data:/data", "sh", "-c", `'cat /data/seed.txt; echo WRITTEN-IN-VM > /data/out.txt'`)})
	wantLines(t, vm, `^SEED-FROM-S3$`, `pipeline status: 0$`)
	wantStatus(t, vm, 0)
	if got := mcli(t, "cat", "lab/mirror/out.txt"); got != "WRITTEN-IN-VM\n" {
		t.Errorf("lab/mirror/out.txt = %q", got)
	}
	noLine(t, vm, lab.MinioPass, lab.MinioUser)
}

// A push that cannot happen (no such bucket) fails the pipeline with a
// line naming the volume and the direction.
func TestVolumePushFails(t *testing.T) {
	needMinio(t)
	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="lost,push_to=lab/no-such-bucket,push_on=pipeline_end,expiration=pipeline_end" ` +
		run("busybox", "-v", "lost:/data", "sh", "-c", `'echo x > /data/x'`)})
	wantLines(t, vm, `lost.*push|push.*lost`)
	if vm.Status() == 0 {
		t.Errorf("pipeline status 0 after a failed push")
	}
	noLine(t, vm, lab.MinioPass)
}
