/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The one-line account of a policy verdict (policy.h), freestanding: no
 * printf, the caller's buffer. */
#include "cxlmb/catalog.h"
#include "cxlmb/policy.h"

struct line {
	char *buf;
	size_t cap, len;
};

/* s: a literal, a catalog name, a reason name or the caller's why/profile
 * (checked by the caller): never NULL */
static void put(struct line *l, const char *s)
{
	for (; *s; s++, l->len++)
		if (l->len + 1 < l->cap)
			l->buf[l->len] = *s;
}

static void put_hex4(struct line *l, uint16_t v)
{
	static const char hex[] = "0123456789ABCDEF";
	char s[5];

	for (unsigned i = 0; i < 4; i++)
		s[i] = hex[(v >> (12 - 4 * i)) & 0xF];
	s[4] = '\0';
	put(l, s);
}

/* a tunnel level: at most three digits */
static void put_uint(struct line *l, uint8_t v)
{
	char s[3];
	unsigned n = 0;

	do {
		s[n++] = (char)('0' + v % 10);
		v = (uint8_t)(v / 10);
	} while (v);
	while (n) {
		char c[2] = { s[--n], '\0' };
		put(l, c);
	}
}

size_t cxlmb_policy_format(const struct cxlmb_verdict *v, const char *profile, char *buf,
			   size_t cap)
{
	struct line l = { buf, buf ? cap : 0, 0 };
	const struct cxlmb_cmd *c;

	if (!v)
		return 0;
	c = cxlmb_cmd_find(v->opcode);
	put(&l, v->decision == CXLMB_DENY ? "denied: "
		: v->decision == CXLMB_ALLOW_TAINT ? "allowed with taint: " : "allowed: ");
	put_hex4(&l, v->opcode);
	put(&l, "h ");
	put(&l, c ? c->name : "(unknown command)");
	if (v->level) {
		put(&l, " (tunnel level ");
		put_uint(&l, v->level);
		put(&l, ")");
	}
	put(&l, ": ");
	put(&l, v->why ? v->why : cxlmb_policy_reason_name(v->reason));
	if (profile) {
		put(&l, " under ");
		put(&l, profile);
	}
	if (l.cap)
		l.buf[l.len < l.cap ? l.len : l.cap - 1] = '\0';
	return l.len;
}
