// regexp_re2.cc: the one C++ file, a thin extern "C" shim over RE2 for
// package regexp (stdlib/regexp.c). RE2's syntax is Go's; the Go-side
// differences (error texts, \C, FindAll's empty matches) are handled by
// the callers.
#include "regexp_re2.h"

#include <re2/re2.h>
#include <cstdlib>
#include <cstring>
#include <new>

struct Re2 {
    re2::RE2 re;
    Re2(const re2::StringPiece &p, const re2::RE2::Options &o) : re(p, o) {}
};

extern "C" Re2 *re2_compile(const char *pattern, size_t n, int posix, int longest,
                            int *code, char **arg, size_t *argn)
{
    re2::RE2::Options o;
    o.set_log_errors(false);
    o.set_encoding(re2::RE2::Options::EncodingUTF8);
    // Go has no memory budget for a program; give RE2 a generous one.
    o.set_max_mem(int64_t(256) << 20);
    if (posix) {
        o.set_posix_syntax(true);
        o.set_one_line(false);
    }
    o.set_longest_match(longest != 0);
    Re2 *r = new (std::nothrow) Re2(re2::StringPiece(pattern, n), o);
    if (!r) {
        *code = RE2_INTERNAL;
        *arg = nullptr;
        *argn = 0;
        return nullptr;
    }
    if (r->re.ok()) {
        *code = RE2_OK;
        return r;
    }
    *code = int(r->re.error_code());
    const std::string &a = r->re.error_arg();
    *argn = a.size();
    *arg = static_cast<char *>(std::malloc(a.size() + 1));
    if (*arg)
        std::memcpy(*arg, a.data(), a.size() + 1);
    else
        *argn = 0;
    delete r;
    return nullptr;
}

extern "C" void re2_free(Re2 *re)
{
    delete re;
}

extern "C" int re2_groups(const Re2 *re)
{
    return re->re.NumberOfCapturingGroups();
}

extern "C" const char *re2_group_name(const Re2 *re, int i, size_t *len)
{
    const std::map<int, std::string> &names = re->re.CapturingGroupNames();
    auto it = names.find(i);
    if (it == names.end()) {
        *len = 0;
        return "";
    }
    *len = it->second.size();
    return it->second.data();
}

extern "C" int re2_match(const Re2 *re, const char *text, size_t n, size_t pos,
                         int64_t *caps, int ncap)
{
    enum { SMALL = 16 };
    int nsub = ncap / 2;
    re2::StringPiece small[SMALL];
    re2::StringPiece *sub = small;
    if (nsub > SMALL)
        sub = new re2::StringPiece[nsub];
    re2::StringPiece t(text ? text : "", n);
    bool ok = re->re.Match(t, pos, n, re2::RE2::UNANCHORED, sub, nsub);
    if (ok) {
        for (int k = 0; k < nsub; k++) {
            if (sub[k].data() == nullptr) {
                caps[2 * k] = caps[2 * k + 1] = -1;
            } else {
                caps[2 * k] = sub[k].data() - t.data();
                caps[2 * k + 1] = caps[2 * k] + int64_t(sub[k].size());
            }
        }
    }
    if (sub != small)
        delete[] sub;
    return ok;
}
