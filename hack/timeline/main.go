// Command timeline turns the boot timelines found in console logs (the
// `b2c.timeline: [...]` line b2c prints with the b2c.timeline option) into
// one SVG chart: a row per phase, a bar from its start to its end, like
// systemd-analyze plot. Several logs are drawn one under the other.
//
//	go run ./hack/timeline -o boot.svg cold.console warm.console
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/b2c-project/b2c/applets/initapp/timeline"
)

type boot struct {
	title string
	spans []timeline.Span
}

func main() {
	out := flag.String("o", "-", "SVG output file")
	flag.Parse()
	var boots []boot
	for _, p := range flag.Args() {
		spans, err := find(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "timeline:", err)
			os.Exit(1)
		}
		boots = append(boots, boot{strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)), spans})
	}
	if len(boots) == 0 {
		fmt.Fprintln(os.Stderr, "usage: timeline [-o out.svg] console.log...")
		os.Exit(2)
	}
	w := io.Writer(os.Stdout)
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "timeline:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	render(w, boots)
}

// find returns the last timeline of a console log.
func find(path string) ([]timeline.Span, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var spans []timeline.Span
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if s, ok := timeline.Parse(sc.Text()); ok {
			spans = s
		}
	}
	if spans == nil {
		return nil, fmt.Errorf("%s: no b2c.timeline line (boot with b2c.timeline)", path)
	}
	return spans, sc.Err()
}

const (
	rowH   = 18
	labelW = 330
	chartW = 760
)

func render(w io.Writer, boots []boot) {
	end := 1.0
	rows := 0
	for _, b := range boots {
		rows += len(b.spans) + 2
		for _, s := range b.spans {
			if s.End > end {
				end = s.End
			}
		}
	}
	scale := float64(chartW) / end
	height := rows*rowH + 40
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">`+"\n", labelW+chartW+60, height)
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	// A vertical grid line every second (every 5 past 30 s).
	step := 1.0
	if end > 30 {
		step = 5
	}
	for t := 0.0; t <= end; t += step {
		x := labelW + t*scale
		fmt.Fprintf(w, `<line x1="%.1f" y1="20" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", x, x, height-10)
		fmt.Fprintf(w, `<text x="%.1f" y="14" text-anchor="middle" fill="#666">%gs</text>`+"\n", x, t)
	}
	y := 30
	for _, b := range boots {
		fmt.Fprintf(w, `<text x="4" y="%d" font-weight="bold">%s</text>`+"\n", y+12, html.EscapeString(b.title))
		y += rowH
		for _, s := range b.spans {
			name := s.Name
			if len(name) > 52 {
				name = name[:49] + "..."
			}
			x := labelW + s.Start*scale
			bw := (s.End - s.Start) * scale
			if bw < 1 {
				bw = 1
			}
			fmt.Fprintf(w, `<text x="12" y="%d">%s</text>`+"\n", y+12, html.EscapeString(name))
			fmt.Fprintf(w, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %.2fs</title></rect>`+"\n",
				x, y+3, bw, rowH-6, color(s.Name), html.EscapeString(s.Name), s.End-s.Start)
			fmt.Fprintf(w, `<text x="%.1f" y="%d" fill="#333">%.2fs</text>`+"\n", x+bw+4, y+12, s.End-s.Start)
			y += rowH
		}
		y += rowH
	}
	fmt.Fprintln(w, "</svg>")
}

// color groups phases: kernel, platform, images, containers, S3, shutdown.
func color(name string) string {
	switch {
	case strings.HasPrefix(name, "kernel"):
		return "#9e9e9e"
	case strings.HasPrefix(name, "create"):
		return "#ff9800"
	case strings.HasPrefix(name, "run:"):
		return "#4caf50"
	case strings.Contains(name, "pull") || strings.Contains(name, "push"):
		return "#9c27b0"
	case strings.HasPrefix(name, "shutdown"), name == "b2c_cleanup":
		return "#f44336"
	}
	return "#2196f3"
}
