package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 120000000, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.UnixDate,
		time.RFC1123, time.RFC1123Z, time.RFC822, time.RFC850, time.Stamp, time.StampMilli,
		"2006-01-02 15:04:05", "02/01/06 3:04PM", "Monday, January 2, 2006", "Jan _2 2006 .000 .999",
		"2006-01-02T15:04:05.000Z07:00", "3pm Mon", "15h04m05s"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	t2 := time.Date(2009, time.November, 1, 0, 5, 0, 0, time.UTC)
	fmt.Println(t2.Format(time.Kitchen), t2.Format("_2 Jan 2006 03:04 PM"), t2.YearDay())
	for _, c := range []struct{ l, v string }{
		{time.RFC3339, "2023-03-05T14:07:09Z"},
		{time.RFC3339, "2023-03-05T14:07:09+02:00"},
		{"2006-01-02 15:04:05", "2021-12-31 23:59:58"},
		{"2006-01-02", "2021-02-29"},
		{"2006-01-02", "2021-13-01"},
		{"2006-01-02", "hello"},
		{time.Kitchen, "3:04PM"},
		{"Jan 2, 2006 at 3:04pm", "Feb 3, 2013 at 7:54pm"},
		{"2006-01-02 15:04:05.000", "2020-01-01 10:00:00.123"},
		{"2006-01-02", "2020-01-01 extra"},
	} {
		p, err := time.Parse(c.l, c.v)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, p.Unix())
	}
}

func init() {
	z := time.FixedZone("EST", -5*3600)
	t := time.Date(2020, 6, 1, 9, 30, 0, 0, z)
	fmt.Println(t, t.UTC(), t.Unix(), t.Format(time.RFC3339), t.Format(time.RFC822Z))
	name, off := t.Zone()
	fmt.Println(name, off, t.Hour(), t.UTC().Hour())
}

// Output:
// 2020-06-01 09:30:00 -0500 EST 2020-06-01 14:30:00 +0000 UTC 1591021800 2020-06-01T09:30:00-05:00 01 Jun 20 09:30 -0500
// EST -18000 9 14
// 2023-03-05T14:07:09Z
// 2023-03-05T14:07:09.12Z
// 2:07PM
// Sun Mar  5 14:07:09 2023
// Sun Mar  5 14:07:09 UTC 2023
// Sun, 05 Mar 2023 14:07:09 UTC
// Sun, 05 Mar 2023 14:07:09 +0000
// 05 Mar 23 14:07 UTC
// Sunday, 05-Mar-23 14:07:09 UTC
// Mar  5 14:07:09
// Mar  5 14:07:09.120
// 2023-03-05 14:07:09
// 05/03/23 2:07PM
// Sunday, March 5, 2023
// Mar  5 2023 .120 .12
// 2023-03-05T14:07:09.120Z
// 2pm Sun
// 14h07m09s
// 12:05AM  1 Nov 2009 12:05 AM 305
// 2023-03-05 14:07:09 +0000 UTC 1678025229
// 2023-03-05 14:07:09 +0200 +0200 1678018029
// 2021-12-31 23:59:58 +0000 UTC 1640995198
// error: parsing time "2021-02-29": day out of range
// error: parsing time "2021-13-01": month out of range
// error: parsing time "hello" as "2006-01-02": cannot parse "hello" as "2006"
// 0000-01-01 15:04:00 +0000 UTC -62167164960
// 2013-02-03 19:54:00 +0000 UTC 1359921240
// 2020-01-01 10:00:00.123 +0000 UTC 1577872800
// error: parsing time "2020-01-01 extra": extra text: " extra"
