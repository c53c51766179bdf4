// Package process provides a set of basic functions to manage individual
// processes.
package process
