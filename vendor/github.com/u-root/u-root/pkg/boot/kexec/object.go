// Copyright 2022 the u-root Authors. All rights reserved
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package kexec

import (
	"debug/elf"
	"fmt"
	"io"
)

// Object is an object file, specific to kexec uses.
// It is used to get Progs and Entry from an object.
// elf.Prog is generic enough that we can use it to define
// loadable segments for non-ELF objects, such as Plan 9 a.out
type Object interface {
	Progs() []*elf.Prog
	Entry() uint64
}

type elfObject struct {
	// Not the *elf.File: a type reachable through an interface keeps
	// every exported method of its fields' types in programs that use
	// reflect's Method, and *elf.File's pull in debug/dwarf.
	progs []*elf.Prog
	entry uint64
}

func (e *elfObject) Progs() []*elf.Prog {
	return e.progs
}

func (e *elfObject) Entry() uint64 {
	return e.entry
}

var _ Object = &elfObject{}

// ObjectNewFile reads from input stream and returns a specific object. It tries
// elf first, then plan9.
func ObjectNewFile(r io.ReaderAt) (Object, error) {
	f, errELF := elf.NewFile(r)
	if errELF == nil {
		return &elfObject{progs: f.Progs, entry: f.Entry}, nil
	}
	// b2c: no Plan 9 a.out kernels (debug/plan9obj).
	return nil, fmt.Errorf("ELF: %w", errELF)
}
