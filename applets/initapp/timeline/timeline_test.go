package timeline

import (
	"strings"
	"testing"
	"time"
)

func TestRecorderTableJSON(t *testing.T) {
	now := 10 * time.Second
	r := &Recorder{Clock: func() time.Duration { return now }}
	end := r.Begin("b2c_network")
	now += 1500 * time.Millisecond
	end()
	r.Add("kernel", 0, 9*time.Second)
	spans := r.Spans()
	if len(spans) != 2 || spans[0].Name != "kernel" || spans[1].Start != 10 || spans[1].End != 11.5 {
		t.Fatalf("spans %+v", spans)
	}
	tab := Table(spans)
	if !strings.Contains(tab, "b2c_network    10.00    11.50     1.50") {
		t.Errorf("table:\n%s", tab)
	}
	got, ok := Parse("[12.00]: " + Prefix + JSON(spans))
	if !ok || len(got) != 2 || got[1] != spans[1] {
		t.Errorf("round trip: %v %+v", ok, got)
	}
	if _, ok := Parse("no timeline here"); ok {
		t.Error("parsed a line without the prefix")
	}
	if (&Recorder{}).Begin("x"); len((&Recorder{}).Spans()) != 0 {
		t.Error("a recorder without a clock recorded")
	}
}
