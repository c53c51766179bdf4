//go:build regexp_precompile
// +build regexp_precompile

package regexp

const precompile = true
