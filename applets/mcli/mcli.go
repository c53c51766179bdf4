// Package mcli is the MinIO client applet (mcli, or mc).
package mcli

import (
	"fmt"
	"os"
	"strings"

	mc "github.com/minio/mc/cmd"
	"github.com/minio/pkg/v3/console"

	"github.com/b2c-project/b2c/applets"
)

func init() {
	applets.Register(&applets.Applet{
		Name:  "mcli",
		Usage: "the MinIO client (also called as mc)",
		Main:  run,
	}, "mc")
}

func run(argv []string) int {
	// `mc update` replaces the running executable with a plain mc download,
	// which would destroy the other applets.
	if cmd := firstCommand(argv[1:]); cmd == "update" {
		fmt.Fprintln(os.Stderr, "mcli: 'update' is disabled in b2c: update b2c instead")
		return 1
	}
	if err := mc.Main(argv); err != nil {
		console.Fatalln(err)
	}
	return 0
}

// firstCommand returns the first argument that is not a flag. mc's global
// flags all take the --flag=value form or are booleans, except --config-dir.
func firstCommand(args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--config-dir" || a == "-C":
			i++
		case strings.HasPrefix(a, "-"):
		default:
			return a
		}
	}
	return ""
}
