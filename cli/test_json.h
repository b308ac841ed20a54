/* test_json.h: gosh test -json (test_json.c). */
#ifndef GOSH_TEST_JSON_H
#define GOSH_TEST_JSON_H

/* Forks: returns 0 in the child, which runs the tests in -v mode; the parent turns that output into go test -json's
 * events for package [pkg] and exits with the child's verdict. Call
 * before any thread starts. */
int test_json_start(const char *pkg);
/* In the child, once the program compiled: what it prints from here on
 * goes to the converter (a build failure is printed as it is, as go
 * test -json does). */
void test_json_begin(void);

#endif
