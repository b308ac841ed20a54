package main

import "fmt"

type Task struct {
	Name string
	Done bool
}

func complete(t *Task) {
	t.Done = true
}

func main() {
	tasks := []Task{{"a", false}, {"b", false}, {"c", false}}
	complete(&tasks[1])
	fmt.Println(tasks)
	for i := range tasks {
		t := &tasks[i]
		t.Name += "!"
	}
	fmt.Println(tasks)
	first := &tasks[0]
	first.Done = true
	view := tasks[:2]
	fmt.Println(view[0].Done, view)
}

// Output:
// [{a false} {b true} {c false}]
// [{a! false} {b! true} {c! false}]
// true [{a! true} {b! true}]
