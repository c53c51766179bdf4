// Package timeline records when each phase of a boot starts and ends, on
// the kernel's clock (seconds since it started), for the summary table the
// init prints at the end and for `make bench`.
package timeline

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Span is one phase.
type Span struct {
	Name  string  `json:"name"`
	Start float64 `json:"start"` // seconds since the kernel started
	End   float64 `json:"end"`
}

// Recorder collects spans. The zero value is ready; Clock must be set.
type Recorder struct {
	Clock func() time.Duration
	mu    sync.Mutex
	spans []Span
}

// Default is the init's recorder, fed by console sections and the
// pipeline.
var Default = &Recorder{}

// Add records a finished span.
func (r *Recorder) Add(name string, start, end time.Duration) {
	r.mu.Lock()
	r.spans = append(r.spans, Span{name, start.Seconds(), end.Seconds()})
	r.mu.Unlock()
}

// Begin starts a span and returns the function that ends it.
func (r *Recorder) Begin(name string) func() {
	if r.Clock == nil {
		return func() {}
	}
	start := r.Clock()
	return func() { r.Add(name, start, r.Clock()) }
}

// Spans returns the spans recorded so far, in start order.
func (r *Recorder) Spans() []Span {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := append([]Span(nil), r.spans...)
	// Insertion sort: a few dozen spans, mostly in order already.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Table formats spans as the end-of-boot summary.
func Table(spans []Span) string {
	w := len("phase")
	for _, s := range spans {
		if len(s.Name) > w {
			w = len(s.Name)
		}
	}
	if w > 48 {
		w = 48 // one 80-column console line
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s %8s %8s %8s\n", w, "phase", "start", "end", "duration")
	for _, s := range spans {
		name := s.Name
		if len(name) > w {
			name = name[:w-3] + "..."
		}
		fmt.Fprintf(&b, "%-*s %8.2f %8.2f %8.2f\n", w, name, s.Start, s.End, s.End-s.Start)
	}
	return b.String()
}

// Prefix starts the console line that carries the timeline as JSON
// (b2c.timeline), for hack/timeline to find in a console log.
const Prefix = "b2c.timeline: "

// JSON is the one-line form of spans.
func JSON(spans []Span) string {
	b, _ := json.Marshal(spans)
	return string(b)
}

// Parse reads the spans back from a console line (hack/timeline, tests).
func Parse(line string) ([]Span, bool) {
	i := strings.Index(line, Prefix)
	if i < 0 {
		return nil, false
	}
	var spans []Span
	if json.Unmarshal([]byte(strings.TrimSpace(line[i+len(Prefix):])), &spans) != nil {
		return nil, false
	}
	return spans, true
}
