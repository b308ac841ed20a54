// json: encoding/json over a generated document. n records (structs with
// strings, ints, floats, bools, a slice, a map and a nested pointer) are
// marshalled and unmarshalled back 20 times, then once into interface{};
// the sizes and a checksum are printed. Not in run.sh: time it with
// farm-bench against the compiled Go program.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    int    `json:"zip"`
}

type Record struct {
	ID      int               `json:"id"`
	Name    string            `json:"name"`
	Email   string            `json:"email,omitempty"`
	Score   float64           `json:"score"`
	Active  bool              `json:"active"`
	Tags    []string          `json:"tags"`
	Attrs   map[string]int    `json:"attrs"`
	Home    *Address          `json:"home,omitempty"`
	Note    string            `json:"-"`
}

func main() {
	n := 2000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	recs := make([]Record, n)
	for i := range recs {
		r := &recs[i]
		r.ID = i
		r.Name = "user <" + strconv.Itoa(i) + "> \"quoted\""
		if i%3 != 0 {
			r.Email = "u" + strconv.Itoa(i) + "@example.com"
		}
		r.Score = float64(i) * 1.25 / 7
		r.Active = i%2 == 0
		r.Tags = []string{"a", "bb", strconv.Itoa(i % 17)}
		r.Attrs = map[string]int{"x": i, "y": i * 2, "z" + strconv.Itoa(i%5): 1}
		if i%4 != 0 {
			r.Home = &Address{"Main St " + strconv.Itoa(i), "Springfield", 10000 + i}
		}
	}
	total := 0
	sum := 0
	for round := 0; round < 20; round++ {
		b, err := json.Marshal(recs)
		if err != nil {
			panic(err)
		}
		total += len(b)
		var back []Record
		if err := json.Unmarshal(b, &back); err != nil {
			panic(err)
		}
		for i := range back {
			sum += back[i].ID + back[i].Attrs["y"] + len(back[i].Tags)
			if back[i].Home != nil {
				sum += back[i].Home.Zip
			}
		}
	}
	b, _ := json.MarshalIndent(recs[:n/10], "", "  ")
	var generic interface{}
	if err := json.Unmarshal(b, &generic); err != nil {
		panic(err)
	}
	fmt.Println(total, sum, len(b), len(generic.([]interface{})))
}
