//go:build unix

package safefile

import "syscall"

// O_NONBLOCK lets open return at once on a FIFO without a writer; O_NOCTTY
// keeps a terminal device from becoming the controlling terminal. For a
// regular file neither changes anything.
const openFlags = syscall.O_RDONLY | syscall.O_NONBLOCK | syscall.O_NOCTTY | syscall.O_CLOEXEC
