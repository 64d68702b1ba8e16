/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Printing decoded values: a struct cxlmb_visitor for text and for JSON. */
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* JSON is built in memory, one frame per open object or array, so that an
 * object can be checked before it is written: a name a layout's visitor
 * reports more than once in one object (5200h lists every vPPB's fields in
 * its VCS entry) becomes one member holding a JSON array of the values, in
 * order.  Valid JSON, nothing dropped. */
struct sbuf {
	char *p;
	size_t len, cap;
};

struct jmember {
	const char *name; /* NULL in an array */
	struct sbuf val;
};

struct frame {
	bool is_array;
	const char *name; /* the member name it will have in its parent */
	struct jmember *m;
	size_t n, cap;
};

#define JSON_DEPTH_MAX 16u

struct pctx {
	FILE *f;
	bool json;
	int depth;
	bool oom;
	struct frame fr[JSON_DEPTH_MAX];
	unsigned nfr, skipped; /* frames open past JSON_DEPTH_MAX (not kept) */
};

static void sb_add(struct pctx *c, struct sbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 32;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *q = realloc(b->p, cap);
		if (!q) {
			c->oom = true;
			return;
		}
		b->p = q;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void sb_printf(struct pctx *c, struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void sb_printf(struct pctx *c, struct sbuf *b, const char *fmt, ...)
{
	char tmp[64];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n > 0)
		sb_add(c, b, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

static void sb_json_str(struct pctx *c, struct sbuf *b, const char *s, size_t n)
{
	sb_add(c, b, "\"", 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '"' || ch == '\\')
			sb_printf(c, b, "\\%c", ch);
		else if (ch < 0x20 || ch >= 0x7f)
			sb_printf(c, b, "\\u%04x", ch);
		else
			sb_add(c, b, s + i, 1);
	}
	sb_add(c, b, "\"", 1);
}

/* A new value slot in the innermost frame (named in an object). */
static struct sbuf *slot(struct pctx *c, const char *name)
{
	struct frame *f = &c->fr[c->nfr - 1];
	if (f->n == f->cap) {
		size_t cap = f->cap ? 2 * f->cap : 8;
		struct jmember *m = realloc(f->m, cap * sizeof(*m));
		if (!m) {
			c->oom = true;
			return NULL;
		}
		f->m = m;
		f->cap = cap;
	}
	f->m[f->n] = (struct jmember){ f->is_array ? NULL : (name ? name : ""), { NULL, 0, 0 } };
	return &f->m[f->n++].val;
}

static void push(struct pctx *c, bool is_array, const char *name)
{
	if (c->nfr == JSON_DEPTH_MAX) {
		c->oom = true; /* deeper than any layout nests */
		c->skipped++;
		return;
	}
	c->fr[c->nfr++] = (struct frame){ .is_array = is_array, .name = name };
}

/* Close the innermost frame into out: an array as it came, an object with
 * each name once (repeated names as an array of their values). */
static void render(struct pctx *c, const struct frame *f, struct sbuf *out)
{
	sb_add(c, out, f->is_array ? "[" : "{", 1);
	bool first = true;
	for (size_t i = 0; i < f->n; i++) {
		const struct jmember *m = &f->m[i];
		size_t reps = 0;
		bool seen = false;
		if (!f->is_array) {
			for (size_t k = 0; k < f->n; k++) {
				if (!strcmp(f->m[k].name, m->name)) {
					seen |= k < i;
					reps++;
				}
			}
			if (seen)
				continue; /* written with its first occurrence */
		}
		if (!first)
			sb_add(c, out, ", ", 2);
		first = false;
		if (f->is_array) {
			sb_add(c, out, m->val.p ? m->val.p : "null", m->val.p ? m->val.len : 4);
			continue;
		}
		sb_json_str(c, out, m->name, strlen(m->name));
		sb_add(c, out, ": ", 2);
		if (reps > 1)
			sb_add(c, out, "[", 1);
		for (size_t k = i, w = 0; k < f->n; k++) {
			if (strcmp(f->m[k].name, m->name))
				continue;
			if (w++)
				sb_add(c, out, ", ", 2);
			sb_add(c, out, f->m[k].val.p ? f->m[k].val.p : "null",
			       f->m[k].val.p ? f->m[k].val.len : 4);
		}
		if (reps > 1)
			sb_add(c, out, "]", 1);
	}
	sb_add(c, out, f->is_array ? "]" : "}", 1);
}

static void free_frame(struct frame *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->m[i].val.p);
	free(f->m);
	f->m = NULL;
	f->n = f->cap = 0;
}

static void pop(struct pctx *c)
{
	struct frame f;
	if (c->skipped) {
		c->skipped--;
		return;
	}
	if (!c->nfr)
		return;
	f = c->fr[--c->nfr];
	if (c->nfr) {
		struct sbuf *b = slot(c, f.name);
		if (b)
			render(c, &f, b);
	}
	free_frame(&f);
}

void cli_json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

void cli_hex(FILE *f, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%02x", p[i]);
}

/* Canonical 8-4-4-4-12 form, bytes in wire order. */
void cli_uuid(FILE *f, const uint8_t *p)
{
	for (int i = 0; i < 16; i++)
		fprintf(f, "%s%02x", (i == 4 || i == 6 || i == 8 || i == 10) ? "-" : "", p[i]);
}

static void text_name(struct pctx *c, const char *name)
{
	fprintf(c->f, "%*s%s: ", 2 * (c->depth + 1), "", name ? name : "");
}

static void v_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	struct pctx *c = ctx;
	if (c->json) {
		struct sbuf *b = slot(c, name);
		if (b)
			sb_printf(c, b, "%" PRIu64, v);
	} else if (ff & CXLMB_FF_HEX) {
		text_name(c, name);
		fprintf(c->f, "0x%" PRIx64 "\n", v);
	} else {
		text_name(c, name);
		fprintf(c->f, "%" PRIu64 "\n", v);
	}
}

static void v_sint(void *ctx, const char *name, int64_t v)
{
	struct pctx *c = ctx;
	if (c->json) {
		struct sbuf *b = slot(c, name);
		if (b)
			sb_printf(c, b, "%" PRId64, v);
	} else {
		text_name(c, name);
		fprintf(c->f, "%" PRId64 "\n", v);
	}
}

static void v_bytes(void *ctx, const char *name, const uint8_t *p, size_t n, unsigned kind)
{
	struct pctx *c = ctx;
	char s[257];
	size_t k = 0;

	if (kind == CXLMB_F_ASCII) {
		for (; k < n && k < 256 && p[k]; k++)
			s[k] = isprint(p[k]) ? (char)p[k] : '?';
		s[k] = '\0';
	}
	if (c->json) {
		struct sbuf *b = slot(c, name);
		if (!b)
			return;
		if (kind == CXLMB_F_UUID && n == 16) {
			sb_add(c, b, "\"", 1);
			for (int i = 0; i < 16; i++)
				sb_printf(c, b, "%s%02x", (i == 4 || i == 6 || i == 8 || i == 10) ? "-" : "",
					  p[i]);
			sb_add(c, b, "\"", 1);
		} else if (kind == CXLMB_F_ASCII) {
			sb_json_str(c, b, s, k);
		} else {
			sb_add(c, b, "\"", 1);
			for (size_t i = 0; i < n; i++)
				sb_printf(c, b, "%02x", p[i]);
			sb_add(c, b, "\"", 1);
		}
		return;
	}
	text_name(c, name);
	if (kind == CXLMB_F_UUID && n == 16) {
		fputc('"', c->f);
		cli_uuid(c->f, p);
		fputc('"', c->f);
	} else if (kind == CXLMB_F_ASCII) {
		cli_json_str(c->f, s);
	} else {
		fputc('"', c->f);
		cli_hex(c->f, p, n);
		fputc('"', c->f);
	}
	fputc('\n', c->f);
}

static void v_array_begin(void *ctx, const char *name, uint32_t count)
{
	struct pctx *c = ctx;
	if (c->json) {
		push(c, true, name ? name : "");
	} else {
		text_name(c, name);
		fprintf(c->f, "%u entr%s\n", count, count == 1 ? "y" : "ies");
		c->depth++;
	}
}

static void v_elem_begin(void *ctx, uint32_t index)
{
	struct pctx *c = ctx;
	if (c->json) {
		push(c, false, NULL);
		return;
	}
	fprintf(c->f, "%*s[%u]\n", 2 * (c->depth + 1), "", index);
	c->depth++;
}

static void v_elem_end(void *ctx)
{
	struct pctx *c = ctx;
	if (c->json)
		pop(c);
	else
		c->depth--;
}

static void v_array_end(void *ctx)
{
	struct pctx *c = ctx;
	if (c->json)
		pop(c);
	else
		c->depth--;
}

void cli_print_decoded(FILE *f, const struct cxlmb_cmd *cmd, enum cxlmb_dir dir, const void *val,
		       unsigned flags, bool json)
{
	struct pctx c = { .f = f, .json = json };
	struct cxlmb_visitor v = {
		.ctx = &c, .uint = v_uint, .sint = v_sint, .bytes = v_bytes,
		.array_begin = v_array_begin, .elem_begin = v_elem_begin,
		.elem_end = v_elem_end, .array_end = v_array_end,
	};
	struct sbuf out = { NULL, 0, 0 };

	if (!json) {
		cxlmb_cmd_visit(cmd, dir, val, flags, &v);
		return;
	}
	push(&c, false, NULL);
	cxlmb_cmd_visit(cmd, dir, val, flags, &v);
	while (c.nfr > 1) /* a visitor that left an array or entry open */
		pop(&c);
	render(&c, &c.fr[0], &out);
	free_frame(&c.fr[0]);
	if (c.oom || !out.p)
		fputs("{\"error\": \"out of memory\"}", f);
	else
		fputs(out.p, f);
	free(out.p);
}
