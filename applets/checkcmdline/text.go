package checkcmdline

import (
	"fmt"
	"io"
	"strings"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
)

// WriteText prints r for people: one section per phase of the boot, then
// the problems and a one-line verdict.
func WriteText(w io.Writer, r *Report) {
	p := &printer{w: w}
	p.printf("Command line: %s\n", r.CommandLine)

	p.section("Platform")
	pl := r.Platform
	p.row(1, "hostname", pl.Hostname)
	p.row(1, "network", networkText(pl.Network)...)
	ntp := pl.NTP.Peer
	if len(pl.NTP.Servers) > 0 && pl.NTP.Servers[0] != pl.NTP.Peer {
		ntp += " (" + strings.Join(pl.NTP.Servers, ", ") + ")"
	}
	p.row(1, "ntp", ntp)
	cache := []string{pl.Cache.Device + ": " + pl.Cache.Description}
	if pl.Cache.Mountpoint != "" {
		cache = append(cache, "mounted on "+pl.Cache.Mountpoint)
	}
	p.row(1, "cache", cache...)
	if pl.Swap != nil {
		p.row(1, "swap", fmt.Sprintf("%s (%d bytes) in %s", pl.Swap.Size, pl.Swap.Bytes, pl.Swap.File))
	} else {
		p.row(1, "swap", "none")
	}
	p.row(1, "zram", pl.Zram.Description)
	var fss []string
	for _, f := range pl.Filesystems {
		s := fmt.Sprintf("%s: %s (%s", f.Name, f.Src, f.Type)
		if f.Opts != "" {
			s += ", " + f.Opts
		}
		fss = append(fss, s+")")
	}
	p.row(1, "filesystems", orNone(fss)...)
	p.row(1, "keymap", orDefault(pl.Keymap))
	p.row(1, "modules", orNone([]string{strings.Join(pl.Insmods, " ")})...)
	if pl.Watchdog > 0 {
		p.row(1, "watchdog", fmt.Sprintf("/dev/watchdog, if any, resets the machine after %d s without a sign of life from the init", pl.Watchdog))
	} else {
		p.row(1, "watchdog", "off: /dev/watchdog is left alone")
	}
	if pl.StallTimeout > 0 {
		p.row(1, "stalls", fmt.Sprintf("a pull or a volume transfer is stopped after %d s without progress", pl.StallTimeout))
	} else {
		p.row(1, "stalls", "never stopped (b2c.stall_timeout=0)")
	}
	if pl.PayloadURL != "" {
		p.row(1, "payload", pl.PayloadURL, "the netboot loader fetches it (its sha256 is pinned in the loader) and runs the b2c it holds; the self-contained initramfs ignores it")
	}
	if pl.ExtraArgsURL != "" {
		p.row(1, "extra args", pl.ExtraArgsURL, "downloaded and added once the network is up: not checked here")
	}
	if k := pl.Kexec; k != nil {
		rows := []string{"kernel " + k.Kernel}
		if k.Initrd != "" {
			rows = append(rows, "initramfs "+k.Initrd)
		}
		if k.CmdlineURL != "" {
			rows = append(rows, "command line from "+k.CmdlineURL)
		} else {
			rows = append(rows, "command line: this one without b2c.kexec")
		}
		p.row(1, "chain-boot", append(rows, "after the network, clock and cache: this kernel runs no container")...)
	}

	p.section("Pipeline")
	pp := r.Pipeline
	p.row(1, "services", containers(pp.Services)...)
	p.row(1, "stages", containers(pp.Stages)...)
	p.row(1, "post", containers(pp.PostContainers)...)
	if pp.Pipefail {
		p.row(1, "pipefail", "yes: the stages stop at the first failure")
	} else {
		p.row(1, "pipefail", "no: every stage runs")
	}
	down := "the built-in poweroff or reboot"
	if pp.PoweroffDelay > 0 {
		down = fmt.Sprintf("wait %d s, then ", pp.PoweroffDelay) + down
	}
	var downs []string
	if pp.ShutdownCmd != "" {
		downs = append(downs, fmt.Sprintf("poweroff runs %q", pp.ShutdownCmd))
	}
	if pp.RebootCmd != "" {
		downs = append(downs, fmt.Sprintf("reboot runs %q", pp.RebootCmd))
	}
	if pp.KexecFrom != "" {
		downs = append(downs, fmt.Sprintf("kexec into the kernel a stage leaves in the volume %s, if any", pp.KexecFrom))
	}
	if k := pp.KexecLocal; k != nil {
		when := "if the pipeline status is 0"
		if k.Always {
			when = "whatever the pipeline status"
		}
		downs = append(downs, fmt.Sprintf("instead of the poweroff, %s: kexec into %s of the BLS and GRUB entries on the disks (none, or a load failure: poweroff)", when, k.Picks))
	}
	p.row(1, "shutdown", append([]string{down}, downs...)...)

	p.section("Volumes")
	var aliases []string
	for _, a := range r.Minio {
		aliases = append(aliases, a.Alias+" ("+a.URL+")")
	}
	p.row(1, "S3 aliases", orNone(aliases)...)
	if len(r.Volumes) == 0 {
		p.row(1, "volumes", "none")
	}
	for _, v := range r.Volumes {
		p.printf("  %s\n", v.Name)
		p.row(2, "pull", transferText("from", v.PullFrom, v.PullsAt, false))
		p.row(2, "push", transferText("to", v.PushTo, v.PushesAt, v.PushContinuously))
		p.row(2, "expiration", v.Expiration)
		var flags []string
		for _, f := range []struct {
			on   bool
			name string
		}{{v.Overwrite, "overwrite"}, {v.Remove, "remove"}, {v.Preserve, "preserve"}, {v.FscryptResetKey, "fscrypt_reset_key"}} {
			if f.on {
				flags = append(flags, f.name)
			}
		}
		p.row(2, "flags", orNone([]string{strings.Join(flags, " ")})...)
		if len(v.Excludes) > 0 {
			p.row(2, "exclude", strings.Join(v.Excludes, " "))
		}
		if v.Filesystem != "" {
			p.row(2, "filesystem", v.Filesystem)
		}
		if v.EncryptKey != "" {
			p.row(2, "encrypt_key", v.EncryptKey+" (S3 server-side encryption)")
		}
		if v.FscryptKey != "" {
			p.row(2, "fscrypt_key", v.FscryptKey+" (the volume's directory is encrypted)")
		}
	}
	if len(r.Volumes) > 0 {
		p.printf("  hooks\n")
		for _, c := range cmdline.Conditions { // the pipeline's order
			var ts []string
			for _, t := range r.Hooks[c] {
				if t.Direction == string(volumes.Pull) {
					ts = append(ts, fmt.Sprintf("pull %s from %s", t.Volume, t.Remote))
				} else {
					ts = append(ts, fmt.Sprintf("push %s to %s", t.Volume, t.Remote))
				}
			}
			if c == volumes.Changes && len(ts) > 0 {
				ts[0] += " (continuous while the pipeline runs)"
			}
			if len(ts) == 0 {
				ts = []string{"-"}
			}
			p.row(2, c, ts...)
		}
	}

	p.section("Problems")
	if len(r.Problems) == 0 {
		p.printf("  none\n")
	}
	for _, pr := range r.Problems {
		kind := "warning"
		if pr.Fatal {
			kind = "fatal"
		}
		p.printf("  %s: %s\n", kind, pr.String())
	}
	p.printf("\n")
	if r.OK {
		p.printf("Result: OK, no fatal problem (%s)\n", plural(r.Warnings, "warning"))
	} else {
		p.printf("Result: %s, %s: the init would not run the pipeline\n", plural(r.Fatal, "fatal problem"), plural(r.Warnings, "warning"))
	}
}

type printer struct{ w io.Writer }

func (p *printer) printf(format string, a ...any) { fmt.Fprintf(p.w, format, a...) }

func (p *printer) section(name string) { p.printf("\n%s\n", name) }

// row prints a label and its values, one a line, the values of every
// level aligned.
func (p *printer) row(level int, label string, values ...string) {
	indent := strings.Repeat("  ", level)
	width := 20 - len(indent)
	for i, v := range values {
		if i > 0 {
			label = ""
		}
		p.printf("%s%-*s %s\n", indent, width, label, v)
	}
}

func networkText(n Network) []string {
	switch n.Mode {
	case NetKernel:
		return []string{"ip=" + n.KernelIP + ": the kernel configures the network; DNS from /proc/net/pnp"}
	case NetInterfaces:
		out := []string{"only these interfaces:"}
		for _, i := range n.Interfaces {
			if i.Mode == "dhcp" {
				s := i.Name + ": DHCP"
				if len(i.Nameservers) > 0 {
					s += ", nameservers " + strings.Join(i.Nameservers, " ")
				}
				out = append(out, s)
				continue
			}
			parts := []string{i.Name + ": static"}
			if len(i.Addresses) > 0 {
				parts = append(parts, strings.Join(i.Addresses, " "))
			} else {
				parts = append(parts, "no address (link up only)")
			}
			if i.Gateway != "" {
				parts = append(parts, "gateway "+i.Gateway)
			}
			for _, r := range i.Routes {
				parts = append(parts, "route "+r.Net+" via "+r.GW)
			}
			if len(i.Nameservers) > 0 {
				parts = append(parts, "nameservers "+strings.Join(i.Nameservers, " "))
			}
			if i.Forward {
				parts = append(parts, "forwarding")
			}
			out = append(out, strings.Join(parts, ", "))
		}
		return out
	}
	return []string{"DHCP on the interfaces named " + strings.Join(n.DHCPOn, " or ") + fmt.Sprintf(", first lease wins (about %d s; none is fatal)", int(netsetup.DHCPTimeout.Seconds()))}
}

func containers(cs []cmdline.Stage) []string {
	if len(cs) == 0 {
		return []string{"none"}
	}
	var out []string
	for i, c := range cs {
		out = append(out, fmt.Sprintf("%d. %s", i+1, c.Raw))
	}
	return out
}

func transferText(prep, remote string, at []string, continuous bool) string {
	if len(at) == 0 && !continuous {
		return "never"
	}
	s := prep + " " + remote
	if continuous {
		s += " continuously while the pipeline runs (changes), then"
	}
	return s + " at " + strings.Join(at, ", ")
}

func orNone(values []string) []string {
	if len(values) == 0 || (len(values) == 1 && values[0] == "") {
		return []string{"none"}
	}
	return values
}

func orDefault(s string) string {
	if s == "" {
		return "default"
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
