package main

import "fmt"

type Logger struct {
	Prefix string
	Lines  []string
}

func (l *Logger) Log(msg string) {
	l.Lines = append(l.Lines, l.Prefix+msg)
}

func (l Logger) Count() int { return len(l.Lines) }

type Server struct {
	Logger
	Port int
}

func main() {
	s := Server{Logger{Prefix: "[srv] "}, 80}
	s.Log("start")
	s.Log("listen")
	fmt.Println(s.Count(), s.Logger.Count())
	for _, l := range s.Lines {
		fmt.Println(l)
	}
	p := &s
	p.Log("stop")
	fmt.Println(p.Count(), len(s.Logger.Lines))
}

// Output:
// 2 2
// [srv] start
// [srv] listen
// 3 3
