package main

import "fmt"

type event string

func main() {
	events := make(chan event)
	replies := make(chan string)
	go func() {
		state := "idle"
		for ev := range events {
			switch {
			case state == "idle" && ev == "start":
				state = "running"
			case state == "running" && ev == "pause":
				state = "paused"
			case state == "paused" && ev == "start":
				state = "running"
			case ev == "stop":
				state = "stopped"
			}
			replies <- fmt.Sprintf("%s -> %s", ev, state)
		}
		close(replies)
	}()
	for _, ev := range []event{"pause", "start", "pause", "start", "stop"} {
		events <- ev
		fmt.Println(<-replies)
	}
	close(events)
	_, ok := <-replies
	fmt.Println("loop ended:", !ok)
}

// Output:
// pause -> idle
// start -> running
// pause -> paused
// start -> running
// stop -> stopped
// loop ended: true
