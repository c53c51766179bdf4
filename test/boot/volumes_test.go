package boot

import (
	"encoding/base64"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/b2c-project/b2c/test/lab"
	"github.com/b2c-project/b2c/test/need"
)

func needMinio(t *testing.T) {
	t.Helper()
	if os.Getenv("B2C_MINIO") == "" {
		need.Missing(t, "B2C_MINIO is not set: no MinIO server in the lab")
	}
}

func mcli(t *testing.T, args ...string) string {
	t.Helper()
	out, err := mcliErr(t, args...)
	if err != nil {
		t.Fatalf("mcli %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

const minioOpt = `b2c.minio="lab,` + lab.MinioURL + `,` + lab.MinioUser + `,` + lab.MinioPass + `" `

// A volume mirrored with a bucket: pulled at pipeline start, written by the
// container, pushed at pipeline end; the S3 keys never reach the console.
func TestVolumeMirror(t *testing.T) {
	t.Parallel()
	needMinio(t)
	putObject(t, "lab/mirror/seed.txt", "SEED-FROM-S3\n")

	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="data,mirror=lab/mirror,pull_on=pipeline_start,push_on=pipeline_end,expiration=pipeline_end" ` +
		runWith("-v data:/data", "busybox", "sh", "-c", `'cat /data/seed.txt; echo WRITTEN-IN-VM > /data/out.txt'`)})
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
	t.Parallel()
	needMinio(t)
	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="lost,push_to=lab/no-such-bucket,push_on=pipeline_end,expiration=pipeline_end" ` +
		runWith("-v lost:/data", "busybox", "sh", "-c", `'echo x > /data/x'`)})
	wantLines(t, vm, `the push of the volume lost to lab/no-such-bucket failed at pipeline_end`,
		`Keeping the volume lost \(expiration=pipeline_end\): its push to lab/no-such-bucket failed`)
	wantFailed(t, vm, "after a failed push")
	noLine(t, vm, lab.MinioPass)
}

// fscrypt: a volume on the cache encrypted with a key keeps its data
// across boots with that key; another key is refused and nothing is wiped;
// fscrypt_reset_key with the other key wipes and re-encrypts it.
func TestVolumeFscrypt(t *testing.T) {
	t.Parallel()
	d := disk(t, 512)
	key1 := "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZg==" // 64 bytes
	key2 := "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwZmVkY2JhOTg3NjU0MzIxMA=="
	vol := func(key, extra string) string {
		return `b2c.cache_device=auto b2c.volume="secret,fscrypt_key=` + key + extra + `" `
	}
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: vol(key1, "") +
		runWith("-v secret:/s", "busybox", "sh", "-c", `'echo CONFIDENTIAL > /s/file'`)})
	wantStatus(t, vm, 0)
	noLine(t, vm, key1)

	vm = boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: vol(key2, "") + run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `volume secret: encrypted with another key: refusing it`)
	noLine(t, vm, `^MUST-NOT-RUN$`, key2)
	wantFailed(t, vm, "with a wrong fscrypt key")

	vm = boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: vol(key1, "") + runWith("-v secret:/s", "busybox", "cat", "/s/file")})
	wantLines(t, vm, `^CONFIDENTIAL$`, `pipeline status: 0$`)

	vm = boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: vol(key2, ",fscrypt_reset_key") +
		runWith("-v secret:/s", "busybox", "sh", "-c", `'ls -A /s | wc -l | sed s/^/FILES=/'`)})
	wantLines(t, vm, `^FILES=0$`, `pipeline status: 0$`)
}

// push_on=changes: files a container writes are mirrored while it runs,
// and the final mirror at pipeline end makes the bucket complete before
// the machine powers off.
func TestVolumeChanges(t *testing.T) {
	t.Parallel()
	needMinio(t)
	mcli(t, "mb", "--ignore-existing", "lab/changes")
	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="out,push_to=lab/changes,push_on=changes,expiration=pipeline_end" ` +
		runWith("-v out:/out", "busybox", "sh", "-c", `'for i in $(seq 1 20); do echo $i > /out/f$i; done; sleep 3; echo last > /out/last'`)})
	wantLines(t, vm, `Started the continuous`, `pipeline status: 0$`)
	ls := mcli(t, "ls", "lab/changes")
	for _, f := range []string{"f1", "f20", "last"} {
		if !strings.Contains(ls, " "+f+"\n") {
			t.Errorf("lab/changes lacks %s:\n%s", f, ls)
		}
	}
}

// Every secret-bearing option in one boot, in their alternative
// spellings, with a cache disk so that every path runs: the S3 keys of two
// aliases, a pre-signed HTTPS extra_args_url carrying b2c.login and a
// stage with a secret variable (it pulls again: with b2c.login's
// credentials), a stage with a secret -e variable, a post container with
// --creds, an SSE-C (encrypt_key) volume pushed, an fscrypt volume on
// the cache pushed continuously. Everything runs (status 0, both pushes
// done) and none of the secrets appears on the console.
func TestSecretsNeverPrinted(t *testing.T) {
	t.Parallel()
	needMinio(t)
	bin, err := lab.FindBin()
	if err != nil {
		t.Fatal(err)
	}
	if err := theLab.PushImages(bin, lab.Image{Name: "private-secrets", Private: true}); err != nil {
		t.Fatal(err)
	}
	mcli(t, "mb", "--ignore-existing", "labtls/secrets-sse")
	mcli(t, "mb", "--ignore-existing", "lab/secrets-fs")
	sse := "b2c-secrets-sse-key-0123456789ab" // 32 characters
	fk := "c2VjcmV0LWZzY3J5cHQta2V5LXRoYXQtaXMtNjQtYnl0ZXMtbG9uZy4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLg=="
	image := "docker://" + lab.PrivateRegistry + "/private-secrets:latest"
	putObject(t, "labtls/secrets-args/args.txt",
		"b2c.login="+lab.PrivateRegistry+","+lab.PrivateUser+","+lab.PrivatePass+"\n"+
			`b2c.run="--pull=always -e API_TOKEN=EXTRA-TOKEN-42 `+image+` sh -c 'test ${#API_TOKEN} -gt 0 && echo EXTRA-STAGE-HAS-ITS-TOKEN'"`+"\n")
	shared, sig := presign(t, "labtls/secrets-args/args.txt")
	d := disk(t, 1024)
	vm := boot(t, lab.VMConfig{Disks: []string{d}, TrustLabCA: true, Cmdline: "b2c.cache_device=auto " + minioOpt + minioTLSOpt +
		`b2c.minio="other,http://10.77.0.1:9000,OTHER-ACCESS-KEY-42,OTHER-SECRET-KEY-42" ` +
		`b2c.extra_args_url=` + shared + ` ` +
		`b2c.volume="enc,push_to=labtls/secrets-sse,push_on=pipeline_end, encrypt_key=` + sse + `" ` +
		`b2c.volume="fs,push_to=lab/secrets-fs,push_on=changes,fscrypt_key =` + fk + `" ` +
		`b2c.run="-e MY_SECRET=CMDLINE-SECRET-42 -v enc:/e -v fs:/f ` + image +
		` sh -c 'echo a > /e/a; echo b > /f/b; test ${#MY_SECRET} -gt 0 && echo STAGE-HAS-ITS-SECRET'" ` +
		// podman 4's create has no --creds: the post container fails
		// (which leaves the status alone), printed with it masked.
		`b2c.post_container="--creds ` + lab.PrivateUser + ":" + lab.PrivatePass + ` ` + image + ` true"`})
	wantLines(t, vm, `Registry credentials for `+lab.PrivateRegistry, `^STAGE-HAS-ITS-SECRET$`, `^EXTRA-STAGE-HAS-ITS-TOKEN$`,
		`Running the post container: --creds \*\*\*\*\* `,
		`Done: push of the volume enc to labtls/secrets-sse at pipeline_end`, `Done: push of the volume fs to lab/secrets-fs at pipeline_end`)
	wantStatus(t, vm, 0)
	for _, s := range []string{lab.MinioPass, lab.MinioUser, "OTHER-ACCESS-KEY-42", "OTHER-SECRET-KEY-42", sig,
		sse, base64.RawStdEncoding.EncodeToString([]byte(sse)), fk, lab.PrivatePass, "CMDLINE-SECRET-42", "EXTRA-TOKEN-42"} {
		if strings.Contains(vm.Console(), s) {
			t.Errorf("the console shows the secret %q", s)
		}
	}
	if got := mcli(t, "cat", "lab/secrets-fs/b"); got != "b\n" {
		t.Errorf("lab/secrets-fs/b = %q", got)
	}
	wantLines(t, vm, `Kernel command line: .*b2c\.minio=`)
}

// remove and exclude are honoured: a file only in the bucket is removed
// by the push, an excluded file is never uploaded.
func TestVolumeRemoveExclude(t *testing.T) {
	t.Parallel()
	needMinio(t)
	putObject(t, "lab/rmex/stale.txt", "stale\n")
	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="job,push_to=lab/rmex,push_on=pipeline_end,remove,overwrite,exclude=*.tmp,expiration=pipeline_end" ` +
		runWith("-v job:/job", "busybox", "sh", "-c", `'echo keep > /job/result.txt; echo junk > /job/scratch.tmp'`)})
	wantStatus(t, vm, 0)
	ls := mcli(t, "ls", "lab/rmex")
	if !strings.Contains(ls, "result.txt") || strings.Contains(ls, "stale.txt") || strings.Contains(ls, "scratch.tmp") {
		t.Errorf("lab/rmex after a push with remove and exclude=*.tmp:\n%s", ls)
	}
}

// S3 unreachable at push time: a non-zero status and a line naming the
// volume; the data stays in the volume on the cache, and the next boot,
// with S3 reachable, pushes it. A volume that expires at the pipeline's
// end is kept too (it used to be removed unpushed), and the next boot
// pushes it before it removes it.
func TestVolumeS3Unreachable(t *testing.T) {
	t.Parallel()
	needMinio(t)
	d := disk(t, 512)
	down := `b2c.minio="down,http://10.77.0.1:9999,` + lab.MinioUser + `,` + lab.MinioPass + `" `
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: `b2c.cache_device=auto ` + down +
		`b2c.volume="results,push_to=down/results,push_on=pipeline_end" ` +
		`b2c.volume="scratch,push_to=down/unreach-left,push_on=pipeline_end,expiration=pipeline_end" ` +
		runWith("-v results:/r -v scratch:/s", "busybox", "sh", "-c", `'echo PRECIOUS > /r/data.txt; echo ALSO-PRECIOUS > /s/out.txt'`)})
	wantLines(t, vm, `the push of the volume results to down/results failed at pipeline_end`,
		`the push of the volume scratch to down/unreach-left failed at pipeline_end`,
		`Keeping the volume scratch \(expiration=pipeline_end\): its push to down/unreach-left failed; the next boot pushes it`)
	wantFailed(t, vm, "after failed pushes")
	noLine(t, vm, `Removed the volume scratch`)
	// S3 is back (the lab's live server, under the same alias for the
	// expired volume): the next boot pushes what the first one could not,
	// the expired volume before it removes it.
	mcli(t, "mb", "--ignore-existing", "lab/s3back")
	mcli(t, "mb", "--ignore-existing", "lab/unreach-left")
	up := `b2c.minio="down,` + lab.MinioURL + `,` + lab.MinioUser + `,` + lab.MinioPass + `" `
	vm = boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: `b2c.cache_device=auto ` + minioOpt + up +
		`b2c.volume="results,push_to=lab/s3back,push_on=pipeline_end" ` +
		runWith("-v results:/r", "busybox", "cat", "/r/data.txt")})
	wantLines(t, vm, `The volume scratch expired before its push to down/unreach-left succeeded: pushing it now`,
		`Done: push of the volume scratch to down/unreach-left at boot`, `Removing the expired volume scratch`,
		`^PRECIOUS$`, `pipeline status: 0$`)
	if got := mcli(t, "cat", "lab/s3back/data.txt"); got != "PRECIOUS\n" {
		t.Errorf("lab/s3back/data.txt = %q", got)
	}
	if got := mcli(t, "cat", "lab/unreach-left/out.txt"); got != "ALSO-PRECIOUS\n" {
		t.Errorf("lab/unreach-left/out.txt = %q: the expired volume's data did not reach the bucket", got)
	}
	noLine(t, vm, lab.MinioPass)
}

// A CI farm's command line: a job volume pulled at start, pushed
// continuously and at the end with overwrite and remove, two stages and a
// post container; the bucket ends up with everything the job wrote.
func TestCIFarmCmdline(t *testing.T) {
	t.Parallel()
	needMinio(t)
	putObject(t, "lab/job-42/job.sh", "echo JOB-INPUT\n")
	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="job,mirror=lab/job-42,pull_on=pipeline_start,push_on=changes,overwrite,remove,expiration=pipeline_end" ` +
		runWith("-v job:/job", "busybox", "sh", "-c", `'sh /job/job.sh; for i in 1 2 3; do echo $i > /job/step1-$i; sleep 1; done'`) + " " +
		runWith("-v job:/job", "busybox", "sh", "-c", `'n=$(ls /job | wc -l); echo $n > /job/step2-count'`) + " " +
		`b2c.post_container="-v job:/job ` + lab.ImageArgs("busybox") + ` sh -c 'echo done > /job/post'"`})
	wantLines(t, vm, `^JOB-INPUT$`, `pipeline status: 0$`)
	ls := mcli(t, "ls", "lab/job-42")
	for _, f := range []string{"job.sh", "step1-3", "step2-count", "post"} {
		if !strings.Contains(ls, " "+f+"\n") {
			t.Errorf("lab/job-42 lacks %s:\n%s", f, ls)
		}
	}
	if got := mcli(t, "cat", "lab/job-42/step2-count"); strings.TrimSpace(got) != "4" {
		t.Errorf("step2-count = %q, want 4 (job.sh and step1-1..3)", got)
	}
}

// container_start pulls before each container, container_end pushes after
// each: both stages see the bucket's input and both outputs reach it.
func TestVolumeContainerHooks(t *testing.T) {
	t.Parallel()
	needMinio(t)
	putObject(t, "lab/hooks/input.txt", "HOOK-INPUT\n")
	vm := boot(t, lab.VMConfig{Cmdline: minioOpt +
		`b2c.volume="io,pull_from=lab/hooks,push_to=lab/hooks,pull_on=container_start,push_on=container_end,expiration=pipeline_end" ` +
		runWith("-v io:/io", "busybox", "sh", "-c", `'cat /io/input.txt; echo one > /io/stage1'`) + " " +
		runWith("-v io:/io", "busybox", "sh", "-c", `'cat /io/input.txt; echo two > /io/stage2'`)})
	wantLines(t, vm, `Done: pull .* at container_start`, `^HOOK-INPUT$`, `Done: push .* at container_end`,
		`Done: pull .* at container_start`, `^HOOK-INPUT$`, `Done: push .* at container_end`, `pipeline status: 0$`)
	ls := mcli(t, "ls", "lab/hooks")
	for _, f := range []string{"stage1", "stage2"} {
		if !strings.Contains(ls, " "+f+"\n") {
			t.Errorf("lab/hooks lacks %s:\n%s", f, ls)
		}
	}
}

// preserve keeps a file's mode and modification time through a push and a
// pull (mc stores them as object metadata).
func TestVolumePreserve(t *testing.T) {
	t.Parallel()
	needMinio(t)
	mcli(t, "mb", "--ignore-existing", "lab/preserve")
	vol := `b2c.volume="p,mirror=lab/preserve,preserve,expiration=pipeline_end,`
	vm := boot(t, lab.VMConfig{Cmdline: minioOpt + vol + `push_on=pipeline_end" ` +
		runWith("-v p:/p", "busybox", "sh", "-c", `'echo x > /p/f; chmod 0751 /p/f; touch -d @981173106 /p/f; stat -c PUSHED:%a:%Y /p/f'`)})
	wantLines(t, vm, `^PUSHED:751:981173106$`, `pipeline status: 0$`)
	vm = boot(t, lab.VMConfig{Cmdline: minioOpt + vol + `pull_on=pipeline_start" ` +
		runWith("-v p:/p", "busybox", "stat", "-c", "PULLED:%a:%Y", "/p/f")})
	wantLines(t, vm, `^PULLED:751:981173106$`, `pipeline status: 0$`)
}

// What a `changes` push leaves in the bucket once the stage rewrote,
// appended to and same-size-modified its files over several seconds (the
// watch had uploaded the first versions): every object this boot created
// equals the volume. Objects that were in the bucket before the boot are
// the other side's: without overwrite they are kept and a warning names
// them, with it they are replaced. A container_end push with overwrite
// meets a same-size rewrite by the next stage, which mc's mirror (sizes
// only) does not see.
func TestVolumeChangesFidelity(t *testing.T) {
	t.Parallel()
	needMinio(t)
	script := `'echo v1 > /o/rewritten; seq 1 500 > /o/appended; printf AAAA > /o/samesize; ` +
		`printf local-copy > /o/theirs.txt; printf ZZZZ > /o/theirs-same.txt; sleep 8; ` +
		`echo version-2-longer > /o/rewritten; seq 501 1000 >> /o/appended; printf BBBB > /o/samesize; sleep 8; ` +
		`printf CCCC > /o/samesize; echo created-late > /o/late; echo STAGE-WROTE-ALL'`
	var seq strings.Builder
	for i := 1; i <= 1000; i++ {
		fmt.Fprintf(&seq, "%d\n", i)
	}
	ours := map[string]string{"rewritten": "version-2-longer\n", "appended": seq.String(), "samesize": "CCCC", "late": "created-late\n"}
	for _, tc := range []struct {
		name      string
		overwrite bool
	}{{"without overwrite", false}, {"with overwrite", true}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			bucket, opt := "lab/fidelity-no", ""
			if tc.overwrite {
				bucket, opt = "lab/fidelity-ow", ",overwrite"
			}
			putObject(t, bucket+"/theirs.txt", "bucket-copy")
			putObject(t, bucket+"/theirs-same.txt", "YYYY")
			cmdline := minioOpt + `b2c.volume="o,push_to=` + bucket + `,push_on=changes` + opt + `" `
			stage := runWith("-v o:/o", "busybox", "sh", "-c", script)
			if tc.overwrite {
				mcli(t, "mb", "--ignore-existing", "lab/fidelity-hooks")
				cmdline += `b2c.volume="h,push_to=lab/fidelity-hooks,push_on=container_end,overwrite" `
				stage = runWith("-v o:/o -v h:/h", "busybox", "sh", "-c", `'printf AAAA > /h/s; `+script[1:]) + " " +
					runWith("-v h:/h", "busybox", "sh", "-c", `'printf BBBB > /h/s'`)
			}
			want := map[string]string{}
			for k, v := range ours {
				want[k] = v
			}
			vm := boot(t, lab.VMConfig{Cmdline: cmdline + stage})
			kept := `kept the bucket's copy of 2 objects that differ from the volume \(overwrite is off\): theirs-same\.txt, theirs\.txt$`
			if tc.overwrite {
				wantLines(t, vm, `^STAGE-WROTE-ALL$`, `pipeline status: 0$`)
				noLine(t, vm, `kept the bucket's copy`)
				want["theirs.txt"], want["theirs-same.txt"] = "local-copy", "ZZZZ"
				if got := mcli(t, "cat", "lab/fidelity-hooks/s"); got != "BBBB" {
					t.Errorf("lab/fidelity-hooks/s = %q after the second stage's same-size rewrite, want BBBB", got)
				}
			} else {
				wantLines(t, vm, `^STAGE-WROTE-ALL$`, kept, `pipeline status: 0$`)
				want["theirs.txt"], want["theirs-same.txt"] = "bucket-copy", "YYYY"
			}
			for name, w := range want {
				if got := mcli(t, "cat", bucket+"/"+name); got != w {
					t.Errorf("%s/%s = %.40q (%d bytes), want %.40q (%d bytes)", bucket, name, got, len(got), w, len(w))
				}
			}
		})
	}
}
