/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A strict JSON checker for the CLI target's oracle (RFC 8259 syntax, plus
 * no name twice in one object).  Returns the number of scalar values in the
 * document, or -1 if it is not one valid JSON value. */
#ifndef CXLMB_FUZZ_JSON_CHECK_H
#define CXLMB_FUZZ_JSON_CHECK_H

#include <stddef.h>
#include <string.h>

struct jc {
	const char *p, *end;
	int depth;
};

static void jc_ws(struct jc *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int jc_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A string; its raw body in [*s, *s + *n). */
static int jc_string(struct jc *j, const char **s, size_t *n)
{
	if (j->p >= j->end || *j->p != '"')
		return -1;
	const char *b = ++j->p;
	while (j->p < j->end && *j->p != '"') {
		unsigned char c = (unsigned char)*j->p;
		if (c < 0x20)
			return -1;
		if (c == '\\') {
			if (++j->p >= j->end)
				return -1;
			if (*j->p == 'u') {
				if (j->end - j->p < 5 || !jc_hex(j->p[1]) || !jc_hex(j->p[2]) ||
				    !jc_hex(j->p[3]) || !jc_hex(j->p[4]))
					return -1;
				j->p += 4;
			} else if (!strchr("\"\\/bfnrt", *j->p)) {
				return -1;
			}
		}
		j->p++;
	}
	if (j->p >= j->end)
		return -1;
	*s = b;
	*n = (size_t)(j->p - b);
	j->p++;
	return 0;
}

static long jc_value(struct jc *j);

static long jc_number(struct jc *j)
{
	const char *b = j->p;
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p >= j->end || *j->p < '0' || *j->p > '9')
		return -1;
	if (*j->p == '0')
		j->p++;
	else
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	if (j->p < j->end && *j->p == '.') {
		const char *f = ++j->p;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
		if (j->p == f)
			return -1;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		const char *e = j->p;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
		if (j->p == e)
			return -1;
	}
	return j->p > b ? 1 : -1;
}

#define JC_KEYS_MAX 1024

static long jc_object(struct jc *j)
{
	const char *keys[JC_KEYS_MAX];
	size_t lens[JC_KEYS_MAX], nk = 0;
	long total = 0;

	j->p++;
	jc_ws(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
		return 0;
	}
	for (;;) {
		const char *k;
		size_t kn;
		long v;
		jc_ws(j);
		if (jc_string(j, &k, &kn))
			return -1;
		for (size_t i = 0; i < nk; i++)
			if (lens[i] == kn && !memcmp(keys[i], k, kn))
				return -1; /* a name twice: a parser keeps only one */
		if (nk == JC_KEYS_MAX)
			return -1;
		keys[nk] = k;
		lens[nk++] = kn;
		jc_ws(j);
		if (j->p >= j->end || *j->p++ != ':')
			return -1;
		if ((v = jc_value(j)) < 0)
			return -1;
		total += v;
		jc_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == '}') {
			j->p++;
			return total;
		}
		return -1;
	}
}

static long jc_array(struct jc *j)
{
	long total = 0;
	j->p++;
	jc_ws(j);
	if (j->p < j->end && *j->p == ']') {
		j->p++;
		return 0;
	}
	for (;;) {
		long v = jc_value(j);
		if (v < 0)
			return -1;
		total += v;
		jc_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == ']') {
			j->p++;
			return total;
		}
		return -1;
	}
}

static long jc_value(struct jc *j)
{
	long r;
	jc_ws(j);
	if (j->p >= j->end || j->depth > 16)
		return -1;
	switch (*j->p) {
	case '{':
		j->depth++;
		r = jc_object(j);
		j->depth--;
		return r;
	case '[':
		j->depth++;
		r = jc_array(j);
		j->depth--;
		return r;
	case '"': {
		const char *s;
		size_t n;
		return jc_string(j, &s, &n) ? -1 : 1;
	}
	case 't':
		if (j->end - j->p >= 4 && !memcmp(j->p, "true", 4))
			return j->p += 4, 1;
		return -1;
	case 'f':
		if (j->end - j->p >= 5 && !memcmp(j->p, "false", 5))
			return j->p += 5, 1;
		return -1;
	case 'n':
		if (j->end - j->p >= 4 && !memcmp(j->p, "null", 4))
			return j->p += 4, 1;
		return -1;
	default:
		return jc_number(j);
	}
}

static inline long json_check(const char *s, size_t n)
{
	struct jc j = { s, s + n, 0 };
	long v = jc_value(&j);
	jc_ws(&j);
	return v >= 0 && j.p == j.end ? v : -1;
}

#endif
