/* html.c: the timeline page: one self-contained HTML file.
 *
 * The page's source lives in trace/page/ (page.html, page.css and the
 * scripts) and is embedded in the binary at build time (page_sources.c,
 * made by tools/embed.c). page.html holds markers that are replaced as it
 * is copied out: {{title}}, {{style}}, {{script}} and {{data}}. The data
 * is the trace's JSON as it is, inside <script type="application/json">;
 * every '<' in it (it can only be inside a string) is written \u003c, so
 * no value can close the script element or open a comment. Nothing is
 * fetched: no network, no fonts, no other file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* The embedded page sources (trace/CMakeLists.txt lists them). */
extern const char page_html[], page_css[];
extern const char page_js_model[], page_js_view[], page_js_draw[], page_js_panels[],
    page_js_input[], page_js_selftest[], page_js_main[];

static void put_escaped_html(FILE *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        default: fputc(*s, out);
        }
    }
}

/* The JSON, with '<' as \u003c, written in runs between them. */
static void put_data(FILE *out, const char *json, size_t len)
{
    const char *p = json, *end = json + len;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt) {
            fwrite(p, 1, (size_t)(end - p), out);
            break;
        }
        fwrite(p, 1, (size_t)(lt - p), out);
        fputs("\\u003c", out);
        p = lt + 1;
    }
}

static void put_script(FILE *out)
{
    const char *parts[] = {page_js_model, page_js_view, page_js_draw, page_js_panels,
                           page_js_input, page_js_selftest, page_js_main};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        fputs(parts[i], out);
        fputc('\n', out);
    }
}

static void put_page(FILE *out, const char *title, const char *json, size_t len)
{
    const char *p = page_html;
    while (*p) {
        const char *m = strstr(p, "{{");
        if (!m) {
            fputs(p, out);
            break;
        }
        fwrite(p, 1, (size_t)(m - p), out);
        const char *close = strstr(m, "}}");
        if (!close) {
            fputs(m, out);
            break;
        }
        size_t n = (size_t)(close - m - 2);
        if (n == 5 && memcmp(m + 2, "title", 5) == 0)
            put_escaped_html(out, title);
        else if (n == 5 && memcmp(m + 2, "style", 5) == 0)
            fputs(page_css, out);
        else if (n == 6 && memcmp(m + 2, "script", 6) == 0)
            put_script(out);
        else if (n == 4 && memcmp(m + 2, "data", 4) == 0)
            put_data(out, json, len);
        else
            fwrite(m, 1, n + 4, out);
        p = close + 2;
    }
}

/* The page for a trace already loaded from [json]. */
static int write_loaded(const Trace *t, const char *json, size_t len, const char *html_path,
                        char *err, size_t errlen)
{
    char title[300];
    const JsonValue *prog = json_get(t->other, "program");
    if (prog && prog->type == JSON_STRING)
        snprintf(title, sizeof title, "%.*s: gosh trace", (int)prog->len, prog->u.str);
    else
        snprintf(title, sizeof title, "gosh trace");
    FILE *out = fopen(html_path, "w");
    if (!out) {
        snprintf(err, errlen, "create %s: %s", html_path, strerror(errno));
        return 2;
    }
    put_page(out, title, json, len);
    if (ferror(out) | (fclose(out) != 0)) {
        snprintf(err, errlen, "write %s: %s", html_path, strerror(errno));
        remove(html_path);
        return 2;
    }
    return 0;
}

int trace_html_write(const char *json, size_t len, const char *name,
                     const char *html_path, char *err, size_t errlen)
{
    Trace *t = trace_load_buffer(json, len, name, err, errlen);
    if (!t)
        return 2;
    int rc = write_loaded(t, json, len, html_path, err, errlen);
    trace_free(t);
    return rc;
}

int trace_html_from_file(const char *json_path, const char *html_path, char *err, size_t errlen)
{
    Trace *t = trace_load_file(json_path, err, errlen);
    if (!t)
        return 2;
    int rc = write_loaded(t, t->text, t->textlen, html_path, err, errlen);
    trace_free(t);
    return rc;
}
