// Package checkcmdline is the check-cmdline applet: it parses a kernel
// command line offline, with the init's own parser and planners, and
// prints the plan it implies and every problem, so that users can check a
// command line before netbooting a fleet with it.
package checkcmdline

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/b2c-project/b2c/applets"
)

func init() {
	applets.Register(&applets.Applet{
		Name:  "check-cmdline",
		Usage: "check a kernel command line offline and print the plan it implies",
		Main: func(argv []string) int {
			return Run(argv[1:], os.Stdout, os.Stderr, ReadProcCmdline)
		},
	})
}

// Exit statuses. 2 means nothing was checked, so that scripts can tell a
// bad command line (1) from a bad invocation.
const (
	exitOK    = 0
	exitFatal = 1
	exitUsage = 2
)

const usageText = `Usage: b2c check-cmdline [--json] 'KERNEL COMMAND LINE'...
       b2c check-cmdline [--json] --proc

Parse a kernel command line as b2c's init would, without touching the
machine, and print the plan it implies and every problem found.
Several arguments are joined with spaces: quote the whole command line
with single quotes to keep its double quotes. Secrets are masked.

  --json   print the plan as JSON instead of text
  --proc   check /proc/cmdline instead of the arguments
  --       the arguments that follow are command line words, even if they
           start with -

Exit status: 0 no fatal problem, 1 at least one fatal problem (the init
would not run the pipeline), 2 usage error or /proc/cmdline unreadable.
`

// ReadProcCmdline reads the running kernel's command line.
func ReadProcCmdline() (string, error) {
	b, err := os.ReadFile("/proc/cmdline")
	return string(b), err
}

type options struct {
	json, proc, help bool
	words            []string
}

func parseArgs(args []string) (options, error) {
	var o options
	literal := false
	for _, a := range args {
		if literal {
			o.words = append(o.words, a)
			continue
		}
		switch a {
		case "--":
			literal = true
		case "--json", "-json":
			o.json = true
		case "--proc", "-proc":
			o.proc = true
		case "-h", "-help", "--help":
			o.help = true
		default:
			// A kernel command line does not start with a dash: this is
			// most likely a mistyped flag, which must not be checked as
			// if it were the command line.
			if strings.HasPrefix(a, "-") && a != "-" {
				return o, fmt.Errorf("unknown flag %q (put -- before command line words that start with -)", a)
			}
			o.words = append(o.words, a)
		}
	}
	if o.help {
		return o, nil
	}
	switch {
	case o.proc && len(o.words) > 0:
		return o, fmt.Errorf("--proc reads /proc/cmdline: give no command line with it")
	case !o.proc && len(o.words) == 0:
		return o, fmt.Errorf("no command line given (use --proc to check /proc/cmdline)")
	}
	return o, nil
}

// Run is the whole applet without its process: args exclude the applet's
// name, and readProc stands for /proc/cmdline so tests need no real one.
// It returns the exit status.
func Run(args []string, stdout, stderr io.Writer, readProc func() (string, error)) int {
	o, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "check-cmdline: %v\n\n%s", err, usageText)
		return exitUsage
	}
	if o.help {
		fmt.Fprint(stdout, usageText)
		return exitOK
	}
	line := strings.Join(o.words, " ")
	if o.proc {
		if readProc == nil {
			readProc = ReadProcCmdline
		}
		if line, err = readProc(); err != nil {
			fmt.Fprintf(stderr, "check-cmdline: reading /proc/cmdline: %v\n", err)
			return exitUsage
		}
	}
	// The init trims /proc/cmdline's newline the same way.
	r := Check(strings.TrimSpace(line))
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		// Stage arguments are shell-like (&&, <, >): keep them readable.
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(stderr, "check-cmdline: %v\n", err)
			return exitUsage
		}
	} else {
		WriteText(stdout, r)
	}
	if !r.OK {
		return exitFatal
	}
	return exitOK
}
