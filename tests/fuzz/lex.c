/* lex.c: fuzz target 1, the scanner (lexer/scan.re): every token of the
 * input, and the value of every string and rune literal (literal.c). */
#include <stdlib.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    Source *src = fuzz_source(data, size, "fuzz.go");
    Diag d;
    diag_init(&d, src);
    Lexer lx;
    lex_init(&lx, src, &d);
    /* every token moves forward: at most one per byte, plus the
     * semicolons the scanner inserts and the EOF */
    for (size_t n = 0; n <= 2 * size + 2; n++) {
        int errors = d.count;
        Token t = lex_next(&lx);
        if (t.kind < 0 || t.kind >= T_COUNT)
            abort();
        if (t.kind == T_EOF)
            break;
        if (t.len < 0 || (t.len > 0 && (t.text < src->text || t.text + t.len > src->text + src->len)))
            abort();
        char err[256];
        if (d.count != errors) {
            /* a malformed literal: the checker never decodes one */
        } else if (t.kind == T_STRING) {
            char *s;
            size_t len;
            lex_unquote(t.text, t.len, &s, &len, err, sizeof err);
        } else if (t.kind == T_CHAR) {
            int r;
            lex_char_value(t.text, t.len, &r, err, sizeof err);
        }
        if (n == 2 * size + 2)
            abort(); /* the scanner did not reach the end */
    }
    diag_print(&d, fuzz_out());
    fuzz_source_free(src);
    return 0;
}
