/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The body of targets rsp_decode / req_decode: the catalog's decoders and
 * encoders on any bytes.  Included by fuzz_rsp_decode.c (FUZZ_DIR =
 * CXLMB_RSP, host parsing device data) and fuzz_req_decode.c (CXLMB_REQ,
 * firmware parsing host data).
 *
 * Input: the command selector (fuzz_pick: opcode, 2 bytes little-endian),
 * 1 byte the flags (bits 1:0: CXLMB_STRICT, CXLMB_ALLOW_TRAILING; bits 7:2
 * the mode), then the mode's bytes.  The modes are codes no kept input
 * used before they existed, so every older input keeps its meaning:
 *   any other   the payload, decoded on its own
 *   68h (ctx)   rsp_decode only: 1 byte L, L bytes of request, then the
 *               response decoded with that request as context, the way
 *               cxlmb_call decodes it (logs and features by the UUID
 *               asked, "no more than asked" answers, list limits)
 *   78h (enc)   the command's struct filled from fuzzer bytes (fuzz_encode)
 *               and encoded into an exact-size heap buffer */
#include <stdio.h>
#include <string.h>

#include "fuzz_layouts.h"
#include "fuzz_target.h"

#define FUZZ_MODE_MASK 0xFCu
#define FUZZ_MODE_CTX 0x68u
#define FUZZ_MODE_ENC 0x78u

/* Each layout of fuzz_layouts.h decoded whole: a counter libFuzzer sees
 * (reaching one is new coverage) and a total for the per-row report. */
static uint8_t fuzz_sub_hit[FUZZ_SUB_COUNT] FUZZ_EXTRA_COUNTERS;
static uint32_t fuzz_sub_total[FUZZ_SUB_COUNT];
/* per row: answers decoded with a request (the report's "with request") */
static uint32_t fuzz_ctx_total[FUZZ_ROWS_MAX];

static void fuzz_note_sub(uint16_t opcode, enum cxlmb_dir dir, const uint8_t uuid[16])
{
	for (size_t i = 0; i < FUZZ_SUB_COUNT; i++) {
		const struct fuzz_sub_layout *l = &fuzz_sub_layouts[i];
		if (l->opcode == opcode && l->dir == dir && memcmp(l->uuid, uuid, 16) == 0) {
			fuzz_sub_hit[i]++;
			fuzz_sub_total[i]++;
		}
	}
}

/* A feature's attributes as the decoder lays them out: a known feature,
 * all of them, from offset 0 */
static const struct cxlmb_schema *fuzz_whole_attrs(const uint8_t uuid[16], uint32_t off,
						   size_t len, bool writable)
{
	const struct cxlmb_schema *s = cxlmb_feature_layout(uuid, writable);
	if (!s || off != 0)
		return NULL;
	return (s->max_len ? len == s->max_len : len >= s->min_len) ? s : NULL;
}

/* cxlmb_cel_validate's contract (cmd_generic.h), checked from the bytes:
 * the length a multiple of 4, every entry valid under the flags (strict:
 * effects bits 15:12 reserved, r3.2 Table 8-87), the count its entries. */
static void fuzz_cel_oracle(const uint8_t *p, size_t len, unsigned flags)
{
	uint32_t n = 0xFFFFFFFFu;
	int want = CXLMB_E_OK, rc;

	if (len % CXLMB_CEL_ENTRY_LEN)
		want = CXLMB_E_COUNT_MISMATCH;
	else if (flags & CXLMB_STRICT)
		for (size_t i = 0; i < len && !want; i += CXLMB_CEL_ENTRY_LEN)
			if (p[i + 3] & 0xF0)
				want = CXLMB_E_RESERVED_SET;
	rc = cxlmb_cel_validate(p, len, flags, &n);
	FUZZ_CHECK(rc == want);
	if (rc == CXLMB_E_OK) {
		FUZZ_CHECK(n == len / CXLMB_CEL_ENTRY_LEN);
		for (uint32_t i = 0; i < n; i++) {
			struct cxlmb_cel_entry e;
			const uint8_t *q = p + (size_t)i * CXLMB_CEL_ENTRY_LEN;
			FUZZ_CHECK(cxlmb_cel_entry_decode(q, CXLMB_CEL_ENTRY_LEN, flags, &e) == 0);
			FUZZ_CHECK(e.opcode == (q[0] | q[1] << 8) &&
				   e.effects == ((q[2] | q[3] << 8) & 0x0FFF));
		}
	}
	FUZZ_CHECK(cxlmb_cel_validate(p, len, flags, NULL) == CXLMB_E_INVALID_ARG);
}

/* What a decoded 0401h / 0501h answer or 0502h request holds beyond its
 * bytes: the CEL checked against cxlmb_cel_validate, and the layouts picked
 * by UUID counted when they decoded whole. */
static void fuzz_by_uuid(const struct cxlmb_cmd *c, const void *val, unsigned flags)
{
	if (c->opcode == 0x0401 && FUZZ_DIR == CXLMB_RSP) {
		const struct cxlmb_get_log_rsp *r = val;
		const struct cxlmb_schema *s;
		size_t len = r->data.len;
		uint32_t n;

		fuzz_cel_oracle(r->data.data, len, flags); /* whatever the log */
		if (!r->req_known)
			return;
		FUZZ_CHECK(len <= r->req_length); /* never more than asked */
		if (memcmp(r->log_uuid, cxlmb_uuid_cel, 16) == 0) {
			if (r->req_offset % CXLMB_CEL_ENTRY_LEN)
				return;
			/* the decoder accepted it: the whole entries are a valid
			 * CEL (a piece as long as asked may end inside one) */
			if (len == r->req_length)
				len -= len % CXLMB_CEL_ENTRY_LEN;
			FUZZ_CHECK(cxlmb_cel_validate(r->data.data, len, flags, &n) == 0);
			if (n)
				fuzz_note_sub(c->opcode, CXLMB_RSP, r->log_uuid);
			return;
		}
		s = cxlmb_log_layout(r->log_uuid);
		if (!s || r->req_offset || len < s->min_len)
			return;
		if (s == &cxlmb_mtest_long_hdr_schema
			    ? cxlmb_mtest_long_log_walk(r->data.data, len, flags, NULL) == 0
			    : cxlmb_schema_decode(s, r->data.data, len, flags, NULL) == 0)
			fuzz_note_sub(c->opcode, CXLMB_RSP, r->log_uuid);
	} else if (c->opcode == 0x0501 && FUZZ_DIR == CXLMB_RSP) {
		const struct cxlmb_feature_data *r = val;
		const struct cxlmb_schema *s;
		if (r->req_known &&
		    (s = fuzz_whole_attrs(r->uuid, r->req_offset, r->data.len, false)) != NULL) {
			/* the decoder checked them: they decode */
			FUZZ_CHECK(cxlmb_schema_decode(s, r->data.data, r->data.len, flags, NULL) == 0);
			fuzz_note_sub(c->opcode, CXLMB_RSP, r->uuid);
		}
	} else if (c->opcode == 0x0502 && FUZZ_DIR == CXLMB_REQ) {
		const struct cxlmb_set_feature_req *q = val;
		const struct cxlmb_schema *s;
		if (q->transfer == 0 &&
		    (s = fuzz_whole_attrs(q->uuid, q->offset, q->data.len, true)) != NULL) {
			FUZZ_CHECK(cxlmb_schema_decode(s, q->data.data, q->data.len, flags, NULL) == 0);
			fuzz_note_sub(c->opcode, CXLMB_REQ, q->uuid);
		}
	}
}

/* Everything a decoded value promises: views inside the input, a printer's
 * walk (arrays and all) that succeeds and is a function of the value. */
static void fuzz_decoded(const struct cxlmb_cmd *c, const void *val, const uint8_t *data,
			 size_t size, unsigned flags)
{
	struct fuzz_sink sink = { 0 }, again = { 0 };
	struct cxlmb_visitor v = fuzz_visitor(&sink), v2 = fuzz_visitor(&again);

	fuzz_check_views(FUZZ_DIR == CXLMB_REQ ? c->req : c->rsp, val, data, size);
	if (cxlmb_cmd_visit(c, FUZZ_DIR, val, flags, &v) == CXLMB_E_OK)
		FUZZ_CHECK(sink.depth == 0); /* every array the printer opened, closed */
	else
		FUZZ_CHECK(c->hooks != NULL);
	(void)cxlmb_cmd_visit(c, FUZZ_DIR, val, flags, &v2);
	FUZZ_CHECK(again.acc == sink.acc);
	fuzz_by_uuid(c, val, flags);
}

/* Mode enc: 2 bytes the buffer size (little-endian, modulo 8193), 1 byte of choices
 * (bit 0: counts made to agree with their arrays), then the struct's
 * fields in struct order, then a pool the views point into.  The encoder
 * refuses with a codec error or writes n <= size bytes and nothing past
 * them, and what it writes decodes strictly and re-encodes to itself. */
static void fuzz_encode(const struct cxlmb_cmd *c, const uint8_t *d, size_t n)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX], back[CXLMB_CMD_STRUCT_MAX];
	static uint8_t again[CXLMB_PAYLOAD_MAX / 16];
	const struct cxlmb_schema *s = FUZZ_DIR == CXLMB_REQ ? c->req : c->rsp;
	size_t ss = cxlmb_cmd_struct_size(c, FUZZ_DIR), cap, img_len, pool_len, out = 0, n2 = 0;
	const uint8_t *img, *pool;
	uint8_t *buf;
	unsigned fix;
	int rc;

	if (n < 3 || ss > sizeof(val))
		return;
	cap = (size_t)(d[0] | d[1] << 8) % 8193; /* more than an input's views can fill */
	fix = d[2];
	img = d + 3;
	img_len = n - 3 < ss ? n - 3 : ss;
	pool = img + img_len;
	pool_len = n - 3 - img_len;
	memset(val, 0, sizeof(val));
	if (!s) { /* opaque bytes (or none): a view of the pool */
		struct cxlmb_bytes b = { pool, 0 };
		uint32_t l = 0;
		size_t at = offsetof(struct cxlmb_bytes, len);
		if (img_len > at)
			memcpy(&l, img + at, img_len - at < 4 ? img_len - at : 4);
		b.len = (uint32_t)(l % (pool_len + 1));
		memcpy(val, &b, sizeof(b));
	}
	for (uint16_t i = 0; s && i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		uint8_t *m = val + f->st_off;
		size_t w = f->kind == CXLMB_F_UINT || f->kind == CXLMB_F_SINT ? f->st_size
			   : f->kind == CXLMB_F_ARRAY ? sizeof(struct cxlmb_array)
			   : f->kind == CXLMB_F_TAIL ? sizeof(struct cxlmb_bytes)
			   : f->kind == CXLMB_F_RSVD ? 0 : f->wire_size;
		uint8_t raw[sizeof(struct cxlmb_array) > 16 ? sizeof(struct cxlmb_array) : 16] = { 0 };
		if (f->st_off + w > ss)
			continue;
		if (f->st_off < img_len)
			memcpy(f->kind == CXLMB_F_ARRAY || f->kind == CXLMB_F_TAIL ? raw : m,
			       img + f->st_off,
			       img_len - f->st_off < w ? img_len - f->st_off : w);
		if (f->kind == CXLMB_F_ARRAY) {
			struct cxlmb_array a = { pool, 0, NULL };
			uint32_t k;
			size_t es = f->entry->entry_size ? f->entry->entry_size : 1;
			memcpy(&k, raw + offsetof(struct cxlmb_array, count), 4);
			a.count = (uint32_t)(k % (pool_len / es + 1));
			a.entry = raw[0] & 1 ? f->entry : NULL;
			memcpy(m, &a, sizeof(a));
		} else if (f->kind == CXLMB_F_TAIL) {
			struct cxlmb_bytes b = { pool, 0 };
			uint32_t l;
			memcpy(&l, raw + offsetof(struct cxlmb_bytes, len), 4);
			b.len = (uint32_t)(l % (pool_len + 1));
			memcpy(m, &b, sizeof(b));
		}
	}
	/* the interesting refusals are counts that disagree with their array;
	 * the interesting successes need them to agree */
	for (uint16_t i = 0; s && (fix & 1) && i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i], *cf;
		if (f->kind != CXLMB_F_ARRAY || !(cf = cxlmb_schema_count_field(s, f)))
			continue;
		uint64_t k = ((const struct cxlmb_array *)(const void *)(val + f->st_off))->count;
		memcpy(val + cf->st_off, &k, cf->st_size); /* little-endian hosts */
	}
	buf = malloc(cap ? cap : 1); /* exact: ASan sees a write past cap */
	if (!buf)
		return;
	memset(buf, 0xA5, cap);
	rc = cxlmb_cmd_encode(c, FUZZ_DIR, val, cap ? buf : NULL, cap, &out);
	if (rc != CXLMB_E_OK) {
		/* a codec error (an embedded message's unknown opcode included) */
		FUZZ_CHECK(rc > 0 && rc < CXLMB_E_COUNT_);
		free(buf);
		return;
	}
	FUZZ_CHECK(out <= cap);
	for (size_t k = out; k < cap; k++)
		FUZZ_CHECK(buf[k] == 0xA5); /* nothing written past what it reports */
	if (s)
		FUZZ_CHECK(cxlmb_schema_encoded_len(s, val) == out);
	/* what it writes decodes strictly (cxlmb_schema_encode's promise) and
	 * is its own canonical form */
	FUZZ_CHECK(cxlmb_cmd_decode(c, FUZZ_DIR, buf, out, CXLMB_STRICT, back) == CXLMB_E_OK);
	FUZZ_CHECK(cxlmb_cmd_encode(c, FUZZ_DIR, back, again, sizeof(again), &n2) == CXLMB_E_OK);
	FUZZ_CHECK(n2 == out && memcmp(again, buf, out) == 0);
	free(buf);
}

/* cxlmb_call hands the decoder the request it encoded: where the bytes
 * given decode as the request (without trailing bytes, as the hooks read
 * it), its canonical encoding gives the same answer, printed the same. */
static void fuzz_canonical_req(const struct cxlmb_cmd *c, const uint8_t *req, size_t req_len,
			       const uint8_t *data, size_t size, unsigned flags, const void *val)
{
	static _Alignas(8) uint8_t q[CXLMB_CMD_STRUCT_MAX], v2[CXLMB_CMD_STRUCT_MAX];
	static uint8_t enc[4096];
	size_t n = 0;
	struct fuzz_sink a = { 0 }, b = { 0 };
	struct cxlmb_visitor va = fuzz_visitor(&a), vb = fuzz_visitor(&b);

	if (cxlmb_cmd_decode(c, CXLMB_REQ, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, q) ||
	    cxlmb_cmd_encode(c, CXLMB_REQ, q, enc, sizeof(enc), &n))
		return;
	FUZZ_CHECK(cxlmb_cmd_decode_rsp(c, enc, n, data, size, flags, v2) == CXLMB_E_OK);
	(void)cxlmb_cmd_visit(c, CXLMB_RSP, val, flags, &va);
	(void)cxlmb_cmd_visit(c, CXLMB_RSP, v2, flags, &vb);
	FUZZ_CHECK(a.acc == b.acc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	struct fuzz_sel sel;
	const struct cxlmb_cmd *c;
	const uint8_t *req = NULL;
	size_t req_len = 0;
	unsigned flags, mode;
	int rc;

	if (size < FUZZ_SEL_LEN + 1)
		return 0;
	sel = fuzz_pick(data);
	c = sel.cmd;
	flags = data[FUZZ_SEL_LEN] & (CXLMB_STRICT | CXLMB_ALLOW_TRAILING);
	mode = data[FUZZ_SEL_LEN] & FUZZ_MODE_MASK;
	data += FUZZ_SEL_LEN + 1;
	size -= FUZZ_SEL_LEN + 1;
	if (mode == FUZZ_MODE_ENC) {
		if (c)
			fuzz_encode(c, data, size);
		return 0;
	}
	if (mode == FUZZ_MODE_CTX && FUZZ_DIR == CXLMB_RSP) {
		if (size < 1)
			return 0;
		req_len = data[0] < size - 1 ? data[0] : size - 1;
		req = data + 1;
		data += 1 + req_len;
		size -= 1 + req_len;
	}
	rc = cxlmb_cmd_decode_ex(c, FUZZ_DIR, req, req_len, data, size, flags, val, NULL);
	fuzz_note_outcome(sel.row, rc);
	if (!c) { /* not in catalog: refused, nothing decoded */
		FUZZ_CHECK(rc == CXLMB_E_INVALID_ARG && sel.opcode < 0xC000);
		return 0;
	}
	FUZZ_CHECK(c->opcode == sel.opcode || (c->flags & CXLMB_CMD_VENDOR));
	if (rc != CXLMB_E_OK)
		return 0;
	fuzz_decoded(c, val, data, size, flags);
	if (req) {
		if (sel.row < FUZZ_ROWS_MAX)
			fuzz_ctx_total[sel.row]++;
		fuzz_canonical_req(c, req, req_len, data, size, flags, val);
	}
	return 0;
}

/* The per-row report (replay --rows): how many inputs each catalog row
 * decoded (responses: how many of them with a request), and each layout
 * picked by UUID; 1 when a row with a layout in this direction, a response
 * layout the request shapes (a bind hook) with a request, or a layout of
 * fuzz_layouts.h, was never decoded. */
int fuzz_rows_report(void)
{
	size_t rows = cxlmb_cmd_count(), typed = 0, reached = 0, subs = 0, sub_reached = 0;
	size_t bound = 0, bound_reached = 0;
	const char *dir = FUZZ_DIR == CXLMB_REQ ? "request" : "response";
	int rc = 0;

	for (size_t i = 0; i < rows && i < FUZZ_ROWS_MAX; i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		const struct cxlmb_schema *s = FUZZ_DIR == CXLMB_REQ ? c->req : c->rsp;
		const uint32_t *o = &fuzz_outcome_total[i * FUZZ_OUTCOMES];
		bool shaped = FUZZ_DIR == CXLMB_RSP && s && s->hooks && s->hooks->bind;
		printf("%04x %-44s %-7s decoded %5u length %5u field %5u other %5u", c->opcode,
		       c->ident, s ? "layout" : "bytes", o[0], o[1], o[2], o[3]);
		if (shaped)
			printf(" with request %5u", fuzz_ctx_total[i]);
		printf("\n");
		if (!s)
			continue;
		if (shaped) {
			bound++;
			if (fuzz_ctx_total[i])
				bound_reached++;
			else {
				fprintf(stderr, "rows: %04x %s: no kept input decodes its response with "
						"a request\n", c->opcode, c->ident);
				rc = 1;
			}
		}
		typed++;
		if (o[0])
			reached++;
		else {
			fprintf(stderr, "rows: %04x %s: no kept input decodes its %s\n", c->opcode,
				c->ident, dir);
			rc = 1;
		}
	}
	for (size_t i = 0; i < FUZZ_SUB_COUNT; i++) {
		const struct fuzz_sub_layout *l = &fuzz_sub_layouts[i];
		if (l->dir != FUZZ_DIR)
			continue;
		subs++;
		printf("%04x by uuid %-36s decoded %5u\n", l->opcode, l->name, fuzz_sub_total[i]);
		if (fuzz_sub_total[i])
			sub_reached++;
		else {
			fprintf(stderr, "rows: %04x %s: no kept input decodes it whole\n", l->opcode,
				l->name);
			rc = 1;
		}
	}
	printf("rows: %s: %zu of %zu rows with a layout decoded, %zu of %zu layouts by uuid", dir,
	       reached, typed, sub_reached, subs);
	if (FUZZ_DIR == CXLMB_RSP)
		printf(", %zu of %zu layouts the request shapes decoded with one", bound_reached,
		       bound);
	printf("\n");
	return rc;
}
