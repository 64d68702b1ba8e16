/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target policy: wrapping never makes a decision more permissive.
 *
 * Input: profile (1 byte), route depth (1), depth hops (id, type), opcode
 * (2, little-endian), request payload (the rest).  For the request sent
 * along the route, and for every other way of putting the same command on
 * the wire for the same target:
 *   - the last k hops of the route moved into the payload as k nested
 *     5300h (cxlmb_tunnel_wrap), sent along the shorter route;
 *   - a 5300h request taken apart one level (cxlmb_tunnel_unwrap_req) and
 *     its inner command sent along the longer route;
 * the wrapped form must be at least as strict (deny > taint > allow).  A
 * violation aborts naming the command that got through. */
#include <stdio.h>
#include <string.h>

#include "cxlmb/policy.h"
#include "fuzz_target.h"

#define MAXD CXLMB_TUNNEL_MAX_DEPTH
#define NPROF 5u

/* The cel profile's logs: every catalog row with its own effects for any
 * target, and for the target behind port 1 the same with bit 2 (immediate
 * data change) added to every even row, so CEL-stronger effects decide. */
static uint8_t cel_all[4 * 512], cel_port1[4 * 512];
static struct cxlmb_policy_cel cels[2];
static struct cxlmb_policy cel_policy;
static const struct cxlmb_policy *profiles[NPROF];

static void init(void)
{
	size_t n = cxlmb_cmd_count() < 512 ? cxlmb_cmd_count() : 512;
	for (size_t i = 0; i < n; i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		uint16_t e2 = (uint16_t)(c->effects | (i % 2 ? 0 : CXLMB_EFF_IMM_DATA));
		uint8_t *a = cel_all + 4 * i, *b = cel_port1 + 4 * i;
		a[0] = b[0] = (uint8_t)c->opcode;
		a[1] = b[1] = (uint8_t)(c->opcode >> 8);
		a[2] = (uint8_t)c->effects, a[3] = (uint8_t)(c->effects >> 8);
		b[2] = (uint8_t)e2, b[3] = (uint8_t)(e2 >> 8);
	}
	cels[0] = (struct cxlmb_policy_cel){ .any_target = true, .log = cel_all, .len = 4 * n };
	cels[1] = (struct cxlmb_policy_cel){ .route = { .depth = 1 }, .log = cel_port1, .len = 4 * n };
	cels[1].route.hop[0] = (struct cxlmb_tunnel_hop){ 1, 0 };
	cxlmb_policy_cel_profile(&cel_policy, cels, 2);
	for (size_t i = 0; i < NPROF - 1; i++)
		profiles[i] = cxlmb_policy_profile_at(i);
	profiles[NPROF - 1] = &cel_policy;
}

static void smuggled(const struct cxlmb_policy *p, uint16_t op, unsigned levels,
		     const struct cxlmb_verdict *direct, const struct cxlmb_verdict *wrapped)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	fprintf(stderr,
		"policy %s: %04Xh %s smuggled through %u tunnel level(s): direct %s (%s), "
		"wrapped %s (%s)\n",
		p->name, op, c ? c->name : "(unknown)", levels, cxlmb_decision_name(direct->decision),
		cxlmb_policy_reason_name(direct->reason), cxlmb_decision_name(wrapped->decision),
		cxlmb_policy_reason_name(wrapped->reason));
	abort();
}

static uint8_t wrapbuf[0x10000 + MAXD * 16];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cxlmb_route route;
	struct cxlmb_request req;
	struct cxlmb_verdict v0, v;
	const struct cxlmb_policy *p;
	unsigned depth, pi;

	if (!profiles[0])
		init();
	if (size < 4)
		return 0;
	pi = data[0] % NPROF;
	p = profiles[pi];
	depth = data[1] % (MAXD + 1);
	if (size < 4 + 2 * (size_t)depth)
		return 0;
	memset(&route, 0, sizeof(route));
	route.depth = depth;
	for (unsigned i = 0; i < depth; i++)
		route.hop[i] = (struct cxlmb_tunnel_hop){ data[2 + 2 * i], (uint8_t)(data[3 + 2 * i] & 1) };
	data += 2 + 2 * depth;
	size -= 2 + 2 * (size_t)depth;
	req.opcode = (uint16_t)(data[0] | data[1] << 8);
	req.payload = data + 2;
	req.len = size - 2;

	FUZZ_CHECK(cxlmb_policy_decide(p, &route, &req, &v0, NULL) == CXLMB_E_OK);
	FUZZ_CHECK(v0.decision <= CXLMB_ALLOW_TAINT && v0.why != NULL);
	/* which profile said what, at which level (table-driven: edges cannot tell) */
	fuzz_note_outcome((size_t)pi * (MAXD + 2) + (v0.level <= MAXD + 1 ? v0.level : 0),
			  v0.decision == CXLMB_DENY ? CXLMB_E_TRUNCATED
			  : v0.decision == CXLMB_ALLOW_TAINT ? CXLMB_E_RESERVED_SET : CXLMB_E_OK);

	/* the route's last k hops moved into the payload */
	for (unsigned k = 1; k <= depth; k++) {
		struct cxlmb_route shorter = route;
		struct cxlmb_request w = { CXLMB_OPCODE_TUNNEL, wrapbuf, 0 };
		shorter.depth = depth - k;
		if (cxlmb_tunnel_wrap(&route.hop[depth - k], k, 0x5A, req.opcode, req.payload, req.len,
				      wrapbuf, sizeof(wrapbuf), &w.len) != CXLMB_E_OK)
			continue;
		FUZZ_CHECK(cxlmb_policy_decide(p, &shorter, &w, &v, NULL) == CXLMB_E_OK);
		if (cxlmb_decision_rank(v.decision) < cxlmb_decision_rank(v0.decision))
			smuggled(p, req.opcode, k, &v0, &v);
	}
	/* a 5300h taken apart: its inner command sent one hop further */
	if (req.opcode == CXLMB_OPCODE_TUNNEL && depth < MAXD) {
		struct cxlmb_tunnel_hop hop;
		struct cxlmb_cci_msg inner;
		if (cxlmb_tunnel_unwrap_req(req.payload, req.len, CXLMB_STRICT, &hop, &inner) ==
		    CXLMB_E_OK) {
			struct cxlmb_route longer = route;
			struct cxlmb_request in = { cxlmb_cci_msg_opcode(&inner), inner.payload.data,
						    inner.payload.len };
			longer.hop[depth] = hop;
			longer.depth = depth + 1;
			FUZZ_CHECK(cxlmb_policy_decide(p, &longer, &in, &v, NULL) == CXLMB_E_OK);
			if (cxlmb_decision_rank(v0.decision) < cxlmb_decision_rank(v.decision))
				smuggled(p, in.opcode, 1, &v, &v0);
		}
	}
	return 0;
}
