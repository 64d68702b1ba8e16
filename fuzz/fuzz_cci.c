/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target cci: the CCI message and Tunnel Management API of the core (CXL r3.2
 * §7.6.3 Table 7-14, §7.6.7.3.1 Tables 7-37/7-38), checked by oracles.
 *
 * Input: ctl, opcode (2 bytes LE, the bottom level's), then by mode.
 *   ctl bits 1:0  depth - 1 (1..CXLMB_TUNNEL_MAX_DEPTH)
 *   ctl bits 4:2  mode (5, 6, 7 repeat 0, 1, 2)
 *   ctl bit 5     mode 0: a tag byte follows the opcode (else the tag is 0)
 *   ctl bits 6:5  mode 3: 01 wrap at depth 0, 10 at max + 1, 11 a payload
 *                 that puts the outermost command size at its 16-bit limit
 *                 (-1..+2 by the input's payload length mod 4, zero filled)
 *   ctl bit 6     mode 4: the same limit for the outermost response
 *   ctl bit 7     the lenient side's flags: CXLMB_LENIENT | CXLMB_SHALLOW,
 *                 else CXLMB_EXACT; the strict side adds CXLMB_STRICT to them
 *   0 rsp unwrap  [tag] response bytes: a 5300h response payload
 *   1 req unwrap  request bytes: a 5300h request payload, one level at a time
 *   2 message     qtag, then one CCI message; q = {ctl bits 6:5 category,
 *                 qtag, opcode} is the other side of every match
 *   3 req wrap    tag, cap delta, 2 bytes a hop (id, type) x depth, payload
 *   4 rsp wrap    tag, rc (2), vendor status (2), bg bits (bit k: level k+1),
 *                 route level (0: none), cap delta, payload
 * A cap delta below 80h adds to the exact size, from 80h it takes (d - 7Fh)
 * away.  Inputs with ctl below 4 (the seeds of the first format) still mean
 * what they meant: a response unwrap with tag 0.
 *
 * Oracles: strict accepts a subset of what lenient accepts, and what both
 * accept they accept alike; every level of an accepted walk is checked
 * against the bytes by hand (length, category, tag, opcode); a tag, opcode,
 * category or length changed at any level is refused at that level; what strict
 * accepted re-wraps to the input byte for byte (request side: up to the
 * per-level tag and background bit, which the wrap makes uniform); wrap then
 * unwrap gives back hops, tag, opcode and payload at every depth; message
 * decode/encode round trips; a response matches only its own request.  Every
 * buffer is a heap block of its exact size, so ASan sees a read or write
 * past it. */
#include <string.h>

#include "fuzz_target.h"

#define LVL 16u /* one level: 4-byte 5300h header + 12-byte CCI header */
#define MAXD CXLMB_TUNNEL_MAX_DEPTH
/* byte offsets inside a level (the CCI header starts at 4) */
#define O_CAT 4u
#define O_TAG 5u
#define O_CMD 7u
#define O_SET 8u
#define O_LEN2 11u /* payload length 20:16, bit 7 background operation */
#define O_RC 12u
#define O_VS 14u

static uint8_t *alloc_exact(size_t n)
{
	uint8_t *b = malloc(n ? n : 1);
	if (!b)
		abort();
	return b;
}

static uint8_t *dup_exact(const uint8_t *p, size_t n)
{
	uint8_t *b = alloc_exact(n);
	if (n)
		memcpy(b, p, n);
	return b;
}

static uint16_t le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

/* outcome slot: mode, depth, level reached, side (lenient 0 / strict 1) */
static void note(unsigned mode, unsigned depth, unsigned level, unsigned side, int rc)
{
	fuzz_note_outcome(((size_t)mode * 2 + side) * 32 + depth * (MAXD + 1) +
				  (level <= MAXD ? level : 0),
			  rc);
}

static bool same_res(const struct cxlmb_tunnel_result *a, const struct cxlmb_tunnel_result *b)
{
	return a->level == b->level && a->rc == b->rc && a->vendor_status == b->vendor_status &&
	       a->bg == b->bg && a->payload.data == b->payload.data &&
	       a->payload.len == b->payload.len;
}

static bool same_msg(const struct cxlmb_cci_msg *a, const struct cxlmb_cci_msg *b)
{
	return a->category == b->category && a->tag == b->tag && a->command == b->command &&
	       a->command_set == b->command_set && a->payload_len == b->payload_len &&
	       a->bg == b->bg && a->rc == b->rc && a->vendor_status == b->vendor_status &&
	       a->payload.data == b->payload.data && a->payload.len == b->payload.len;
}

/* strict is lenient plus reserved-bit / enum checks, nothing else */
static bool strict_only(int rc)
{
	return rc == CXLMB_E_RESERVED_SET || rc == CXLMB_E_BAD_ENUM;
}

/* One level's CCI header as the bytes say, checked against a decoded one. */
static void check_hdr(const uint8_t *lv, size_t region, const struct cxlmb_cci_msg *m)
{
	FUZZ_CHECK(region >= LVL);
	FUZZ_CHECK(m->category == (lv[O_CAT] & 0xF) && m->tag == lv[O_TAG] &&
		   m->command == lv[O_CMD] && m->command_set == lv[O_SET]);
	FUZZ_CHECK(m->rc == le16(lv + O_RC) && m->vendor_status == le16(lv + O_VS) &&
		   m->bg == (lv[O_LEN2] >> 7));
	FUZZ_CHECK(m->payload.data == lv + LVL && m->payload.len == region - LVL);
	FUZZ_CHECK(m->payload_len == ((uint32_t)lv[9] | (uint32_t)lv[10] << 8 |
				      (uint32_t)(lv[O_LEN2] & 0x1F) << 16));
}

/* Response side: b (heap, exactly len bytes, ours to change and restore)
 * walked depth levels with tag and opcode. */
static void check_rsp(uint8_t *b, size_t len, unsigned depth, uint8_t tag, uint16_t op,
		      unsigned mode, unsigned base, struct cxlmb_tunnel_result *out)
{
	struct cxlmb_tunnel_result rl, rs, rm;
	int l = cxlmb_tunnel_unwrap_rsp(b, len, depth, tag, op, base, &rl);
	int s = cxlmb_tunnel_unwrap_rsp(b, len, depth, tag, op, base | CXLMB_STRICT, &rs);
	bool lok = l == CXLMB_E_OK || l == CXLMB_E_ROUTE, sok = s == CXLMB_E_OK || s == CXLMB_E_ROUTE;

	note(mode, depth, rl.level, 0, l);
	note(mode, depth, rs.level, 1, s);
	*out = rs;
	out->level = sok ? rs.level : 0;
	FUZZ_CHECK(rl.level >= 1 && rl.level <= depth && rs.level >= 1 && rs.level <= depth);
	if (sok)
		FUZZ_CHECK(l == s && same_res(&rl, &rs));
	else
		FUZZ_CHECK(rs.level <= rl.level && (s == l || strict_only(s)));
	/* an unexpected tag from the caller */
	int mt = cxlmb_tunnel_unwrap_rsp(b, len, depth, (uint8_t)(tag ^ 0xA5), op, base, &rm);
	if (!lok)
		return;
	FUZZ_CHECK(mt == CXLMB_E_TAG_MISMATCH && rm.level == 1);
	if (l == CXLMB_E_OK)
		FUZZ_CHECK(rl.level == depth);
	else
		FUZZ_CHECK(rl.level < depth && rl.rc != 0);
	/* every level by hand */
	for (unsigned k = 0; k < rl.level; k++) {
		const uint8_t *lv = b + LVL * k;
		size_t region = len - LVL * k;
		uint16_t want = k + 1 == depth ? op : CXLMB_OPCODE_TUNNEL;
		FUZZ_CHECK(len >= LVL * (k + 1) && le16(lv) == region - 4);
		FUZZ_CHECK(((size_t)lv[9] | (size_t)lv[10] << 8 | (size_t)(lv[O_LEN2] & 0x1F) << 16) ==
			   region - LVL);
		FUZZ_CHECK((lv[O_CAT] & 0xF) == CXLMB_CCI_RESPONSE && lv[O_TAG] == tag &&
			   le16(lv + O_CMD) == want);
		FUZZ_CHECK(k + 1 == rl.level || le16(lv + O_RC) == 0);
		if (k + 1 == rl.level)
			FUZZ_CHECK(rl.rc == le16(lv + O_RC) && rl.vendor_status == le16(lv + O_VS) &&
				   rl.bg == lv[O_LEN2] >> 7 && rl.payload.data == lv + LVL &&
				   rl.payload.len == region - LVL);
	}
	/* a tag, opcode, category or length changed at level k+1: refused there */
	for (unsigned k = 0; k < rl.level; k++) {
		static const struct {
			uint8_t off, x;
			int want;
		} mut[] = { { O_TAG, 0x01, CXLMB_E_TAG_MISMATCH },
			    { O_TAG, 0x80, CXLMB_E_TAG_MISMATCH },
			    { O_CMD, 0x10, CXLMB_E_TAG_MISMATCH },
			    { O_SET, 0x02, CXLMB_E_TAG_MISMATCH },
			    { O_CAT, 0x01, CXLMB_E_BAD_CATEGORY },
			    { 0, 0x01, CXLMB_E_BAD_LENGTH }, /* response length */
			    { 9, 0x01, CXLMB_E_BAD_LENGTH } }; /* message length */
		for (size_t i = 0; i < sizeof(mut) / sizeof(mut[0]); i++) {
			uint8_t *p = b + LVL * k + mut[i].off;
			*p ^= mut[i].x;
			int rc = cxlmb_tunnel_unwrap_rsp(b, len, depth, tag, op, base, &rm);
			*p ^= mut[i].x;
			FUZZ_CHECK(rc == mut[i].want && rm.level == k + 1);
		}
	}
	if (!sok)
		return;
	/* strict: the reserved bits are 0, so a re-wrap from the decoded levels,
	 * innermost first, is the input byte for byte */
	uint8_t *w[2] = { alloc_exact(len), alloc_exact(len) };
	struct cxlmb_bytes inner = rs.payload;
	for (unsigned k = rs.level; k-- > 0;) {
		const uint8_t *lv = b + LVL * k;
		struct cxlmb_cci_msg m = { .category = CXLMB_CCI_RESPONSE, .tag = tag,
					   .command = lv[O_CMD], .command_set = lv[O_SET],
					   .bg = (uint8_t)(lv[O_LEN2] >> 7), .rc = le16(lv + O_RC),
					   .vendor_status = le16(lv + O_VS), .payload = inner };
		size_t n = 0;
		uint8_t *dst = w[k & 1] + LVL * k;
		FUZZ_CHECK(cxlmb_tunnel_wrap_rsp(&m, dst, len - LVL * k, &n) == CXLMB_E_OK);
		FUZZ_CHECK(n == len - LVL * k);
		if (k == 0) { /* one byte short: refused, nothing written past */
			uint8_t *s1 = alloc_exact(len - 1);
			FUZZ_CHECK(cxlmb_tunnel_wrap_rsp(&m, s1, len - 1, &n) == CXLMB_E_BUF_TOO_SMALL);
			free(s1);
		}
		inner.data = dst;
		inner.len = (uint32_t)n;
	}
	FUZZ_CHECK(memcmp(w[0], b, len) == 0);
	free(w[0]);
	free(w[1]);
}

/* Request side, one level at a time to depth (or a non-5300h inner message).
 * Returns the levels every strict unwrap accepted (0: one refused). */
struct req_walk {
	unsigned levels;
	bool strict;
	struct cxlmb_tunnel_hop path[MAXD];
	struct cxlmb_cci_msg bottom;
};

static void check_req(const uint8_t *b, size_t len, unsigned depth, unsigned mode,
		      unsigned base, struct req_walk *rw)
{
	const uint8_t *p = b;
	size_t n = len;

	rw->levels = 0;
	rw->strict = true;
	for (unsigned lvl = 1; lvl <= depth; lvl++) {
		struct cxlmb_tunnel_hop hl, hs;
		struct cxlmb_cci_msg ml, ms;
		int l = cxlmb_tunnel_unwrap_req(p, n, base, &hl, &ml);
		int s = cxlmb_tunnel_unwrap_req(p, n, base | CXLMB_STRICT, &hs, &ms);
		note(mode, depth, lvl, 0, l);
		note(mode, depth, lvl, 1, s);
		if (s == CXLMB_E_OK)
			FUZZ_CHECK(l == CXLMB_E_OK && hl.target_id == hs.target_id &&
				   hl.target_type == hs.target_type && same_msg(&ml, &ms));
		else
			FUZZ_CHECK(l == s || strict_only(s));
		if (l != CXLMB_E_OK)
			break;
		rw->strict = rw->strict && s == CXLMB_E_OK;
		FUZZ_CHECK(hl.target_id == p[0] && hl.target_type == (p[1] & 0xF) &&
			   le16(p + 2) == n - 4);
		FUZZ_CHECK(ml.category == CXLMB_CCI_REQUEST);
		check_hdr(p, n, &ml);
		/* r3.2 Table 7-14: a request's return code and vendor status are 0 */
		FUZZ_CHECK(s != CXLMB_E_OK || (ms.rc == 0 && ms.vendor_status == 0));
		/* a command size or message length changed: refused */
		for (unsigned i = 2; i < 10; i += 7) {
			struct cxlmb_tunnel_hop h2;
			struct cxlmb_cci_msg m2;
			uint8_t *c = dup_exact(p, n);
			c[i] ^= 1;
			FUZZ_CHECK(cxlmb_tunnel_unwrap_req(c, n, base, &h2, &m2) == CXLMB_E_BAD_LENGTH);
			free(c);
		}
		rw->path[lvl - 1] = hl;
		rw->bottom = ml;
		rw->levels = lvl;
		if (cxlmb_cci_msg_opcode(&ml) != CXLMB_OPCODE_TUNNEL)
			break;
		p = ml.payload.data;
		n = ml.payload.len;
	}
	if (!rw->levels || !rw->strict)
		return;
	/* strict: re-wrap is the input with every tag set to the outermost's
	 * and the background bits clear (the wrap writes one tag, no bg) */
	unsigned d = rw->levels;
	uint8_t *want = dup_exact(b, len), *w = alloc_exact(len);
	for (unsigned k = 0; k < d; k++) {
		want[LVL * k + O_TAG] = b[O_TAG];
		want[LVL * k + O_LEN2] &= 0x7F;
	}
	size_t out = 0;
	FUZZ_CHECK(cxlmb_tunnel_wrap(rw->path, d, b[O_TAG], cxlmb_cci_msg_opcode(&rw->bottom),
				     rw->bottom.payload.data, rw->bottom.payload.len, w, len,
				     &out) == CXLMB_E_OK);
	FUZZ_CHECK(out == len && memcmp(w, want, len) == 0);
	free(want);
	free(w);
}

/* Does rsp answer req, by the definition (r3.2 Table 7-14: the tag and the
 * command pair a response with its request)? */
static int match_ref(const struct cxlmb_cci_msg *req, const struct cxlmb_cci_msg *rsp)
{
	if (req->category != CXLMB_CCI_REQUEST || rsp->category != CXLMB_CCI_RESPONSE)
		return CXLMB_E_BAD_CATEGORY;
	if (req->tag != rsp->tag || req->command != rsp->command ||
	    req->command_set != rsp->command_set)
		return CXLMB_E_TAG_MISMATCH;
	return CXLMB_E_OK;
}

static void check_msg(const uint8_t *b, size_t len, uint8_t ctl, uint8_t qtag, uint16_t op,
		      unsigned base)
{
	struct cxlmb_cci_msg ml, ms, m2;
	struct cxlmb_cci_msg q = { .category = (uint8_t)(ctl >> 5 & 3), .tag = qtag,
				   .command = (uint8_t)op, .command_set = (uint8_t)(op >> 8),
				   .payload = { b, (uint32_t)len } };
	int l = cxlmb_cci_msg_decode(b, len, base, &ml);
	int s = cxlmb_cci_msg_decode(b, len, base | CXLMB_STRICT, &ms);
	size_t n;

	note(2, 0, l == CXLMB_E_OK && ml.category < 2 ? ml.category + 1u : 0, 0, l);
	note(2, 0, 0, 1, s);
	if (s == CXLMB_E_OK)
		FUZZ_CHECK(l == CXLMB_E_OK && same_msg(&ml, &ms));
	else
		FUZZ_CHECK(l == s || strict_only(s));
	if (l == CXLMB_E_OK) {
		FUZZ_CHECK(len >= CXLMB_CCI_HDR_LEN && ml.payload.data == b + CXLMB_CCI_HDR_LEN &&
			   ml.payload.len == len - CXLMB_CCI_HDR_LEN && ml.payload_len == ml.payload.len);
		FUZZ_CHECK(ml.category <= CXLMB_CCI_RESPONSE);
		/* r3.2 Table 7-14: a request's return code and vendor status are 0 */
		FUZZ_CHECK(s != CXLMB_E_OK || ms.category != CXLMB_CCI_REQUEST ||
			   (ms.rc == 0 && ms.vendor_status == 0));
		uint8_t *w = alloc_exact(len);
		/* encode(decode(x)) is x when strict, x less its reserved bits else */
		FUZZ_CHECK(cxlmb_cci_msg_encode(&ml, w, len, &n) == CXLMB_E_OK && n == len);
		if (s == CXLMB_E_OK)
			FUZZ_CHECK(memcmp(w, b, len) == 0);
		FUZZ_CHECK(cxlmb_cci_msg_decode(w, len, base, &m2) == CXLMB_E_OK);
		m2.payload.data = ml.payload.data;
		FUZZ_CHECK(same_msg(&ml, &m2));
		/* one byte short: refused, nothing written past */
		FUZZ_CHECK(cxlmb_cci_msg_encode(&ml, w + 1, len - 1, &n) == CXLMB_E_BUF_TOO_SMALL);
		free(w);
		/* the response built from a request matches it; any one of tag,
		 * command, set or category changed does not */
		struct cxlmb_cci_msg rq = ml, rp = ml;
		rq.category = CXLMB_CCI_REQUEST;
		rp.category = CXLMB_CCI_RESPONSE;
		FUZZ_CHECK(cxlmb_cci_match(&rq, &rp) == CXLMB_E_OK);
		FUZZ_CHECK(cxlmb_cci_match(&rp, &rq) == CXLMB_E_BAD_CATEGORY);
		uint8_t x = (uint8_t)(qtag | 1);
		rp.tag ^= x;
		FUZZ_CHECK(cxlmb_cci_match(&rq, &rp) == CXLMB_E_TAG_MISMATCH);
		rp.tag ^= x;
		rp.command ^= x;
		FUZZ_CHECK(cxlmb_cci_match(&rq, &rp) == CXLMB_E_TAG_MISMATCH);
		rp.command ^= x;
		rp.command_set ^= x;
		FUZZ_CHECK(cxlmb_cci_match(&rq, &rp) == CXLMB_E_TAG_MISMATCH);
		/* against q, both ways, by the definition */
		FUZZ_CHECK(cxlmb_cci_match(&ml, &q) == match_ref(&ml, &q));
		FUZZ_CHECK(cxlmb_cci_match(&q, &ml) == match_ref(&q, &ml));
		note(2, 1, (unsigned)match_ref(&ml, &q) & 3, 0, match_ref(&q, &ml));
	}
	/* q encoded around the input (into a block of exactly its size)
	 * decodes back to q */
	size_t total = CXLMB_CCI_HDR_LEN + len;
	uint8_t *w = alloc_exact(total);
	int rc = cxlmb_cci_msg_encode(&q, w, total, &n);
	FUZZ_CHECK(rc == (q.category > CXLMB_CCI_RESPONSE ? CXLMB_E_BAD_CATEGORY : CXLMB_E_OK));
	if (rc == CXLMB_E_OK) {
		FUZZ_CHECK(n == total && cxlmb_cci_msg_decode(w, n, 0, &m2) == CXLMB_E_OK);
		FUZZ_CHECK(m2.category == q.category && m2.tag == q.tag && m2.command == q.command &&
			   m2.command_set == q.command_set && m2.payload.len == len &&
			   (len == 0 || memcmp(m2.payload.data, b, len) == 0));
	}
	free(w);
}

/* A payload of len bytes in its own block: the input's, then zeros. */
static uint8_t *payload_of(const uint8_t *in, size_t in_len, size_t len)
{
	uint8_t *p = alloc_exact(len);
	if (len)
		memset(p, 0, len);
	if (in_len)
		memcpy(p, in, in_len < len ? in_len : len);
	return p;
}

static size_t cap_of(size_t exact, uint8_t delta)
{
	if (delta < 0x80)
		return exact + delta;
	return exact > (size_t)(delta - 0x7F) ? exact - (size_t)(delta - 0x7F) : 0;
}

/* Request wrap: wrap, then unwrap level by level gives everything back. */
static void req_wrap(const uint8_t *d, size_t size, unsigned depth, uint8_t ctl, uint16_t op,
		     unsigned base)
{
	struct cxlmb_tunnel_hop path[MAXD];
	unsigned wd = depth;

	if (size < 2 + 2 * depth)
		return;
	uint8_t tag = d[0], delta = d[1];
	for (unsigned k = 0; k < depth; k++)
		path[k] = (struct cxlmb_tunnel_hop){ d[2 + 2 * k], d[3 + 2 * k] };
	size_t in_len = size - 2 - 2 * depth, len = in_len;
	if ((ctl & 0x60) == 0x60) /* the outermost command size at its 16-bit limit, -1..+2 */
		len = 0xFFFFu + 4 - depth * LVL + in_len % 4 - 1;
	else if (ctl & 0x60)
		wd = ctl & 0x20 ? 0 : MAXD + 1;
	size_t total = (size_t)depth * LVL + len, cap = cap_of(total, delta), n = 0;
	uint8_t *pl = payload_of(d + 2 + 2 * depth, in_len, len), *w = alloc_exact(cap);
	int rc = cxlmb_tunnel_wrap(path, wd, tag, op, len ? pl : NULL, len, w, cap, &n);
	/* the reference: depth, size, room, then each hop's type (Table 7-37: 0, 1) */
	int want = CXLMB_E_OK;
	if (wd != depth)
		want = CXLMB_E_DEPTH;
	else if (total - 4 > 0xFFFF)
		want = CXLMB_E_VALUE_RANGE;
	else if (cap < total)
		want = CXLMB_E_BUF_TOO_SMALL;
	else
		for (unsigned k = 0; k < depth && want == CXLMB_E_OK; k++)
			if (path[k].target_type > 0xF)
				want = CXLMB_E_VALUE_RANGE;
			else if (path[k].target_type > 1)
				want = CXLMB_E_BAD_ENUM;
	note(3, depth, wd <= MAXD ? wd : 0, 0, rc);
	FUZZ_CHECK(rc == want);
	if (rc == CXLMB_E_OK) {
		struct req_walk rw;
		FUZZ_CHECK(n == total);
		check_req(w, n, depth, 3, base, &rw);
		FUZZ_CHECK(rw.levels == depth && rw.strict);
		for (unsigned k = 0; k < depth; k++)
			FUZZ_CHECK(rw.path[k].target_id == path[k].target_id &&
				   rw.path[k].target_type == path[k].target_type);
		for (unsigned k = 0; k < depth; k++)
			FUZZ_CHECK(w[LVL * k + O_TAG] == tag && w[LVL * k + O_RC] == 0 &&
				   le16(w + LVL * k + O_CMD) ==
					   (k + 1 == depth ? op : CXLMB_OPCODE_TUNNEL));
		FUZZ_CHECK(cxlmb_cci_msg_opcode(&rw.bottom) == op && rw.bottom.tag == tag &&
			   rw.bottom.bg == 0 && rw.bottom.payload.len == len &&
			   (len == 0 || memcmp(rw.bottom.payload.data, pl, len) == 0));
	}
	free(pl);
	free(w);
}

/* Response wrap: the device side builds depth levels (level route answers
 * with rc when route is set), the host side unwraps them. */
static void rsp_wrap(const uint8_t *d, size_t size, unsigned depth, uint8_t ctl, uint16_t op,
		     unsigned base)
{
	if (size < 8)
		return;
	uint8_t tag = d[0], bgs = d[5], delta = d[7];
	uint16_t rc = le16(d + 1), vs = le16(d + 3);
	unsigned route = d[6] % (depth + 1); /* 0: the bottom answers */
	unsigned bottom = route && route < depth ? route : depth;
	size_t len = size - 8;
	if (ctl & 0x40) /* the outermost message at its 16-bit limit, -1..+2 */
		len = 0xFFFFu - CXLMB_CCI_HDR_LEN - (bottom - 1) * LVL + (size - 8) % 4 - 1;
	size_t total = (size_t)bottom * LVL + len;
	struct cxlmb_bytes inner = { NULL, 0 };
	uint8_t *w[MAXD] = { NULL };
	uint8_t *pcopy = payload_of(d + 8, size - 8, len);
	const uint8_t *pl = pcopy;

	inner.data = pcopy;
	inner.len = (uint32_t)len;
	for (unsigned k = bottom; k-- > 0;) {
		bool last = k + 1 == bottom;
		uint16_t o = k + 1 == depth ? op : CXLMB_OPCODE_TUNNEL;
		struct cxlmb_cci_msg m = { .category = CXLMB_CCI_RESPONSE, .tag = tag,
					   .command = (uint8_t)o, .command_set = (uint8_t)(o >> 8),
					   .bg = (uint8_t)(bgs >> k & 1), .rc = last ? rc : 0,
					   .vendor_status = last ? vs : (uint16_t)(vs + k),
					   .payload = inner };
		size_t need = total - LVL * k, n = 0;
		/* the outermost level in a block of any size around the exact one */
		size_t cap = k == 0 ? cap_of(need, delta) : need;
		w[k] = alloc_exact(cap);
		/* only a response is wrapped as one */
		struct cxlmb_cci_msg q = m;
		q.category = (uint8_t)(k & 1 ? CXLMB_CCI_REQUEST : 2);
		FUZZ_CHECK(cxlmb_tunnel_wrap_rsp(&q, w[k], cap, &n) == CXLMB_E_BAD_CATEGORY);
		int r = cxlmb_tunnel_wrap_rsp(&m, w[k], cap, &n);
		note(4, depth, k + 1, 0, r);
		int want = cap < need ? CXLMB_E_BUF_TOO_SMALL
			   : need - 4 > 0xFFFF ? CXLMB_E_VALUE_RANGE : CXLMB_E_OK;
		FUZZ_CHECK(r == want);
		if (r) {
			for (unsigned j = k; j < bottom; j++)
				free(w[j]);
			free(pcopy);
			return;
		}
		FUZZ_CHECK(n == need);
		inner.data = w[k];
		inner.len = (uint32_t)n;
	}
	/* unwrap at the requested depth (and every check of mode 0) */
	struct cxlmb_tunnel_result res;
	uint8_t *b = dup_exact(w[0], total);
	check_rsp(b, total, depth, tag, op, 4, base, &res);
	if (bottom == depth || rc != 0) {
		FUZZ_CHECK(res.level == bottom && res.rc == rc && res.vendor_status == vs &&
			   res.bg == (bgs >> (bottom - 1) & 1) && res.payload.len == len &&
			   (len == 0 || memcmp(res.payload.data, pl, len) == 0));
	}
	free(b);
	for (unsigned k = 0; k < bottom; k++)
		free(w[k]);
	free(pcopy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3)
		return 0;
	uint8_t ctl = data[0];
	unsigned depth = 1 + (ctl & 3u), mode = (ctl >> 2 & 7u) % 5u;
	uint16_t op = le16(data + 1);
	uint8_t tag = 0;
	unsigned base = ctl & 0x80 ? CXLMB_LENIENT | CXLMB_SHALLOW : CXLMB_EXACT;
	data += 3;
	size -= 3;
	if (mode == 0 && (ctl & 0x20)) {
		if (!size)
			return 0;
		tag = data[0];
		data++;
		size--;
	}
	if (mode == 2) {
		if (!size)
			return 0;
		tag = data[0];
		data++;
		size--;
	}
	/* the input alone, in a block of its exact size */
	uint8_t *b = dup_exact(data, size);
	struct cxlmb_tunnel_result res;
	struct req_walk rw;
	switch (mode) {
	case 0:
		check_rsp(b, size, depth, tag, op, 0, base, &res);
		break;
	case 1:
		check_req(b, size, depth, 1, base, &rw);
		break;
	case 2:
		check_msg(b, size, ctl, tag, op, base);
		break;
	case 3:
		req_wrap(b, size, depth, ctl, op, base);
		break;
	default:
		rsp_wrap(b, size, depth, ctl, op, base);
		break;
	}
	free(b);
	return 0;
}
