/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The central command policy's decision engine (policy.h): rules, payload
 * predicates, CEL lookup, and the iterative walk through a route and the
 * tunnels nested in a request. */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/cmd_generic.h"
#include "cxlmb/cmd_memdev.h"
#include "cxlmb/error.h"
#include "cxlmb/policy.h"
#include "le.h"

#define LEVEL_FLAGS (CXLMB_STRICT | CXLMB_SHALLOW) /* one tunnel level at a time */

static const char *const reason_names[] = {
#define CXLMB_POL_R_NAME(id, name, desc) name,
	CXLMB_POLICY_REASONS(CXLMB_POL_R_NAME)
#undef CXLMB_POL_R_NAME
};
static const char *const reason_descs[] = {
#define CXLMB_POL_R_DESC(id, name, desc) desc,
	CXLMB_POLICY_REASONS(CXLMB_POL_R_DESC)
#undef CXLMB_POL_R_DESC
};

const char *cxlmb_policy_reason_name(unsigned reason)
{
	return reason < CXLMB_PR_COUNT_ ? reason_names[reason] : "custom";
}

static const char *reason_desc(unsigned reason)
{
	return reason < CXLMB_PR_COUNT_ ? reason_descs[reason] : "caller-defined rule";
}

const char *cxlmb_decision_name(unsigned decision)
{
	return decision == CXLMB_DENY ? "deny"
	       : decision == CXLMB_ALLOW_TAINT ? "allow-with-taint" : "allow";
}

/* One level being decided: the command, the effects the rules see, and
 * its decoded request (NULL when there is no payload to look at). */
struct level {
	const struct cxlmb_cmd *c;
	uint16_t opcode;
	uint16_t effects;
	const void *val;
};

static bool kind_matches(const struct cxlmb_rule *r, const struct level *l)
{
	switch (r->kind) {
	case CXLMB_RULE_ANY:
		return true;
	case CXLMB_RULE_OPCODE:
		return l->opcode == r->lo;
	case CXLMB_RULE_RANGE:
		return l->opcode >= r->lo && l->opcode <= r->hi;
	case CXLMB_RULE_SET:
		return (l->opcode >> 8) == r->lo;
	case CXLMB_RULE_CLASS:
		return l->c->policy == r->lo;
	case CXLMB_RULE_EFFECTS:
		return (l->effects & r->lo) != 0;
	case CXLMB_RULE_OPAQUE:
		return !(l->c->flags & CXLMB_CMD_TYPED);
	default:
		return false; /* an unknown kind never matches */
	}
}

/* Is a CXL.io passthrough a write?  pred_holds() lets only 5103h, 5301h
 * and 5302h through to here. */
static bool io_write(const struct level *l)
{
	switch (l->opcode) {
	case 0x5103:
		return ((const struct cxlmb_ppb_config_req *)l->val)->write != 0;
	case 0x5301:
		return ((const struct cxlmb_ld_config_req *)l->val)->write != 0;
	default: /* 5302h */
		return ((const struct cxlmb_ld_mem_req *)l->val)->write != 0;
	}
}

/* 1 the predicate holds, 0 it does not, -1 there is no payload to say. */
static int pred_holds(const struct cxlmb_rule *r, const struct level *l)
{
	static const uint16_t pred_opcode[] = { 0, 0x4101, 0x0403, 0x0502, 0, 0 };

	if (r->pred == CXLMB_PRED_NONE)
		return 1;
	if (r->pred < CXLMB_ARRAY_SIZE(pred_opcode) && pred_opcode[r->pred] &&
	    pred_opcode[r->pred] != l->opcode)
		return 0;
	if ((r->pred == CXLMB_PRED_IO_WRITE || r->pred == CXLMB_PRED_IO_READ) &&
	    l->opcode != 0x5103 && l->opcode != 0x5301 && l->opcode != 0x5302)
		return 0;
	if (!l->val)
		return -1;
	switch (r->pred) {
	case CXLMB_PRED_PARTITION_IMMEDIATE: /* r3.2 Table 8-131 flags b0 */
		return (((const struct cxlmb_set_partition_info_req *)l->val)->immediate & 1u) != 0;
#if !defined(CXLMB_NO_SET_LOGS) /* else no 0403h row: never reached */
	case CXLMB_PRED_CLEAR_LOG_NOT_VENDOR:
		return cxlmb_memcmp(((const struct cxlmb_log_uuid_req *)l->val)->uuid,
				    cxlmb_uuid_vendor_debug, 16) != 0;
#endif
	case CXLMB_PRED_SET_FEATURE_UUID:
		return r->uuid &&
		       cxlmb_memcmp(((const struct cxlmb_set_feature_req *)l->val)->uuid, r->uuid,
				    16) == 0;
	case CXLMB_PRED_IO_WRITE:
		return io_write(l);
	case CXLMB_PRED_IO_READ:
		return !io_write(l);
	default:
		return 0;
	}
}

/* One embedded 5300h level.  Without the MLD port set (cxlmb/sets.h) the
 * catalog has no 5300h row, so every request is decided at its own level. */
static int open_level(const uint8_t *pl, size_t len, struct cxlmb_tunnel_hop *hop,
		      struct cxlmb_cci_msg *inner)
{
#if !defined(CXLMB_NO_SET_MLD_PORT)
	return cxlmb_tunnel_unwrap_req(pl, len, CXLMB_STRICT, hop, inner);
#else
	(void)pl, (void)len, (void)hop, (void)inner;
	return CXLMB_E_INVALID_ARG;
#endif
}

/* b, the target, is never deeper than CXLMB_TUNNEL_MAX_DEPTH (decide
 * refuses a deeper route or nesting before any lookup), so equal depths
 * keep a's hops in bounds too. */
static bool same_route(const struct cxlmb_route *a, const struct cxlmb_route *b)
{
	if (a->depth != b->depth)
		return false;
	for (unsigned i = 0; i < a->depth; i++)
		if (a->hop[i].target_id != b->hop[i].target_id ||
		    a->hop[i].target_type != b->hop[i].target_type)
			return false;
	return true;
}

/* The CEL of the target: its own, else an any-target one, else NULL.  A
 * log whose length is not whole entries is no log. */
static const struct cxlmb_policy_cel *find_cel(const struct cxlmb_policy *p,
					       const struct cxlmb_route *target)
{
	const struct cxlmb_policy_cel *any = NULL;

	for (size_t i = 0; p->cels && i < p->ncels; i++) {
		const struct cxlmb_policy_cel *c = &p->cels[i];
		if ((c->len % CXLMB_CEL_ENTRY_LEN) != 0 || (c->len && !c->log))
			continue;
		if (!c->any_target && same_route(&c->route, target))
			return c;
		if (c->any_target && !any)
			any = c;
	}
	return any;
}

static bool cel_effects(const struct cxlmb_policy_cel *cel, uint16_t opcode, uint16_t *eff)
{
	for (size_t off = 0; off + CXLMB_CEL_ENTRY_LEN <= cel->len; off += CXLMB_CEL_ENTRY_LEN) {
		if (cxlmb_get_le16(cel->log + off) == opcode) {
			*eff = cxlmb_get_le16(cel->log + off + 2);
			return true;
		}
	}
	return false;
}

static void set_verdict(struct cxlmb_verdict *v, unsigned decision, unsigned reason,
			const char *why, unsigned lvl, uint16_t opcode)
{
	v->decision = (uint8_t)decision;
	v->reason = (uint16_t)reason;
	v->why = why ? why : reason_desc(reason);
	v->level = (uint8_t)lvl;
	v->opcode = opcode;
}

/* One level's own decision.  *dep is set when a payload rule could have
 * matched but there was no payload to look at (classify: decide always has
 * one). */
static void eval_level(const struct cxlmb_policy *p, const struct cxlmb_route *target,
		       struct level *l, unsigned lvl, struct cxlmb_verdict *v, bool *dep)
{
	if (p->cel_mode) {
		const struct cxlmb_policy_cel *cel = find_cel(p, target);
		uint16_t eff = 0;
		if (!cel) {
			set_verdict(v, CXLMB_DENY, CXLMB_PR_NO_CEL, NULL, lvl, l->opcode);
			return;
		}
		if (!cel_effects(cel, l->opcode, &eff)) {
			set_verdict(v, CXLMB_DENY, CXLMB_PR_NOT_IN_CEL, NULL, lvl, l->opcode);
			return;
		}
		/* the stronger of the two: every effect either one claims */
		l->effects = (uint16_t)(l->effects | eff);
	}
	for (size_t i = 0; p->rules && i < p->nrules; i++) {
		const struct cxlmb_rule *r = &p->rules[i];
		int h;
		if (!kind_matches(r, l))
			continue;
		h = pred_holds(r, l);
		if (h < 0)
			*dep = true;
		if (h <= 0)
			continue;
		set_verdict(v, r->decision, r->reason, r->why, lvl, l->opcode);
		return;
	}
	set_verdict(v, p->default_decision, p->default_reason, p->default_why, lvl, l->opcode);
}

/* Keep the strictest verdict; between equals the deeper one says more. */
static void combine(struct cxlmb_verdict *best, const struct cxlmb_verdict *v)
{
	if (cxlmb_decision_rank(v->decision) >= cxlmb_decision_rank(best->decision))
		*best = *v;
}

static void note(struct cxlmb_policy_trace *t, const struct cxlmb_verdict *v, uint16_t effects,
		 const struct cxlmb_route *target, bool from_route)
{
	struct cxlmb_policy_level *e;

	/* at most MAX_DEPTH + 2 notes are made (route hops, the levels below
	 * them, one refusal); the bound stays as the guard of the array */
	if (!t || t->n >= CXLMB_ARRAY_SIZE(t->level))
		return;
	e = &t->level[t->n++];
	e->v = *v;
	e->effects = effects;
	e->target = *target;
	e->from_route = from_route;
}

int cxlmb_policy_decide(const struct cxlmb_policy *p, const struct cxlmb_route *route,
			const struct cxlmb_request *req, struct cxlmb_verdict *v,
			struct cxlmb_policy_trace *trace)
{
	/* the decoded request of the level being decided (8-byte aligned) */
	uint64_t val[CXLMB_CMD_STRUCT_MAX / 8];
	const struct cxlmb_cmd *tun = cxlmb_cmd_find(CXLMB_OPCODE_TUNNEL);
#if !defined(CXLMB_NO_SET_MLD_PORT)
	const unsigned max_route = CXLMB_TUNNEL_MAX_DEPTH;
#else
	const unsigned max_route = 0; /* no 5300h row: no route can be taken */
#endif
	bool dep = false;
	struct cxlmb_route target;
	struct cxlmb_verdict lv;
	const uint8_t *pl;
	size_t len;
	uint16_t op;
	unsigned lvl;

	if (!p || !route || !req || !v || (req->len && !req->payload))
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(v, 0, sizeof(*v));
	cxlmb_memset(&target, 0, sizeof(target));
	if (trace)
		trace->n = 0;
	set_verdict(v, CXLMB_ALLOW, CXLMB_PR_DEFAULT, NULL, 0, req->opcode);
	if (route->depth > max_route) {
		set_verdict(v, CXLMB_DENY, CXLMB_PR_DEPTH, NULL, 0, req->opcode);
		note(trace, v, 0, &target, true);
		return CXLMB_E_OK;
	}
	/* the route's hops: a 5300h at each, executed by the level above */
	for (lvl = 0; lvl < route->depth; lvl++) {
		struct cxlmb_tunnel_req t = { route->hop[lvl].target_id,
					      route->hop[lvl].target_type, 0, { NULL, 0 } };
		struct level l = { tun, CXLMB_OPCODE_TUNNEL, tun->effects, &t };
		eval_level(p, &target, &l, lvl, &lv, &dep);
		note(trace, &lv, l.effects, &target, true);
		combine(v, &lv);
		if (lv.decision == CXLMB_DENY)
			return CXLMB_E_OK;
		target.hop[lvl] = route->hop[lvl];
		target.depth = lvl + 1;
	}
	/* the request, and every 5300h nested in it: at most MAX_DEPTH + 1 turns.
	 * Each level decodes SHALLOW: this loop opens the embedded 5300h levels
	 * itself, so a verdict names the level that failed and the depth bound
	 * is the policy's */
	op = req->opcode;
	pl = req->payload;
	len = req->len;
	for (;; lvl++) {
		struct cxlmb_tunnel_hop hop;
		struct cxlmb_cci_msg inner;
		struct level l = { cxlmb_cmd_find(op), op, 0, val };
		if (!l.c) {
			set_verdict(&lv, CXLMB_DENY, CXLMB_PR_UNKNOWN_OPCODE, NULL, lvl, op);
		} else if (cxlmb_cmd_decode(l.c, CXLMB_REQ, pl, len, LEVEL_FLAGS, val) != CXLMB_E_OK) {
			set_verdict(&lv, CXLMB_DENY, CXLMB_PR_UNDECODABLE, NULL, lvl, op);
		} else {
			l.effects = l.c->effects;
			eval_level(p, &target, &l, lvl, &lv, &dep);
		}
		note(trace, &lv, l.effects, &target, false);
		combine(v, &lv);
		if (lv.decision == CXLMB_DENY || op != CXLMB_OPCODE_TUNNEL)
			return CXLMB_E_OK;
		if (lvl + 1 > CXLMB_TUNNEL_MAX_DEPTH) {
			set_verdict(&lv, CXLMB_DENY, CXLMB_PR_DEPTH, NULL, lvl + 1, op);
			note(trace, &lv, 0, &target, false);
			combine(v, &lv);
			return CXLMB_E_OK;
		}
		if (open_level(pl, len, &hop, &inner) != CXLMB_E_OK) {
			set_verdict(&lv, CXLMB_DENY, CXLMB_PR_UNDECODABLE, NULL, lvl, op);
			note(trace, &lv, l.effects, &target, false);
			combine(v, &lv);
			return CXLMB_E_OK;
		}
		target.hop[lvl] = hop;
		target.depth = lvl + 1;
		op = cxlmb_cci_msg_opcode(&inner);
		pl = inner.payload.data;
		len = inner.payload.len;
	}
}

int cxlmb_policy_classify(const struct cxlmb_policy *p, uint16_t opcode, struct cxlmb_verdict *v,
			  bool *payload_dependent)
{
	struct cxlmb_route root;
	struct level l;
	bool dep = false;

	if (!p || !v)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(v, 0, sizeof(*v));
	cxlmb_memset(&root, 0, sizeof(root));
	l.c = cxlmb_cmd_find(opcode);
	l.opcode = opcode;
	l.val = NULL;
	if (!l.c) {
		set_verdict(v, CXLMB_DENY, CXLMB_PR_UNKNOWN_OPCODE, NULL, 0, opcode);
	} else {
		l.effects = l.c->effects;
		eval_level(p, &root, &l, 0, v, &dep);
	}
	if (payload_dependent)
		*payload_dependent = dep;
	return CXLMB_E_OK;
}

static int gate_decide(const void *ctx, const struct cxlmb_route *route,
		       const struct cxlmb_request *req, struct cxlmb_verdict *v)
{
	return cxlmb_policy_decide(ctx, route, req, v, NULL);
}

void cxlmb_policy_gate(const struct cxlmb_policy *p, struct cxlmb_gate *out)
{
	if (!out)
		return;
	out->decide = gate_decide;
	out->ctx = p;
}
