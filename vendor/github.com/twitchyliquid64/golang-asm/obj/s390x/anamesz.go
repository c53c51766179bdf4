// Copyright 2016 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package s390x

var cnamesz = []string{
	"NONE",
	"REG",
	"FREG",
	"VREG",
	"AREG",
	"ZCON",
	"SCON",
	"UCON",
	"ADDCON",
	"ANDCON",
	"LCON",
	"DCON",
	"SACON",
	"LACON",
	"DACON",
	"SBRA",
	"LBRA",
	"SAUTO",
	"LAUTO",
	"ZOREG",
	"SOREG",
	"LOREG",
	"TLS_LE",
	"TLS_IE",
	"GOK",
	"ADDR",
	"SYMADDR",
	"GOTADDR",
	"TEXTSIZE",
	"ANY",
	"NCLASS",
}
