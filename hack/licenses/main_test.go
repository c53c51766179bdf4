package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Each kind is told from its text; the MPL's mention of the (L)GPL as
// secondary licenses is no GPL.
func TestKinds(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Permission is hereby granted, free of charge, to any person obtaining a copy\nof this software", []string{"MIT"}},
		{"Redistribution and use in source and binary forms ... Neither the name of Google Inc. nor the names of its\ncontributors may be used to endorse or promote products", []string{"BSD-3-Clause"}},
		{"Redistribution and use in source and binary forms, with or without modification", []string{"BSD-2-Clause"}},
		{"Mozilla Public License Version 2.0 ... GNU Lesser General Public License, Version 2.1 ... GNU Affero General Public License, Version 3.0", []string{"MPL-2.0"}},
		{"GNU GENERAL PUBLIC LICENSE\n Version 2, June 1991", []string{"GPL-2.0"}},
		{"Apache License\n Version 2.0, January 2004", []string{"Apache-2.0"}},
		{"some text of no license", nil},
	} {
		if got := kindsOf([]byte(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("kindsOf(%.40q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The repository's own vendor/ passes its policy, and a policy without
// Apache-2.0 fails it.
func TestPolicy(t *testing.T) {
	if err := run("../../vendor", "policy.txt", "", "", "", ""); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("policy.txt")
	if err != nil {
		t.Fatal(err)
	}
	strict := filepath.Join(t.TempDir(), "policy.txt")
	os.WriteFile(strict, []byte(strings.Replace(string(b), "allow Apache-2.0\n", "", 1)), 0o644)
	err = run("../../vendor", strict, "", "", "", "")
	if err == nil || !strings.Contains(err.Error(), "github.com/containers/podman/v4 ") || !strings.Contains(err.Error(), "Apache-2.0 is not allowed") {
		t.Errorf("without Apache-2.0 allowed: %v, want podman's license refused", err)
	}
}
