// A deferred log call with Lshortfile names the line of the return that
// ran it, as Go's runtime.Caller does.
package main

import (
	"log"
	"os"
)

func work(fail bool) error {
	defer log.Println("work done")
	if fail {
		return os.ErrNotExist
	}
	log.Println("working")
	return nil
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	defer log.Println("main done")
	work(true)
	work(false)
	func() {
		defer log.Print("closure done")
	}()
}

// Output:
// log_shortfile_in_deferred_call.go:13: work done
// log_shortfile_in_deferred_call.go:15: working
// log_shortfile_in_deferred_call.go:16: work done
// log_shortfile_in_deferred_call.go:27: closure done
// log_shortfile_in_deferred_call.go:28: main done
