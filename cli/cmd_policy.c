/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb policy: what a profile decides for every catalog command, or one
 * request explained level by level; and the policy pieces `send --policy`
 * uses (cli/policy.h). */
#include <string.h>

#include "policy.h"

/* ---- shared with send ---- */

const char *cli_policy_names(void)
{
	static char names[128];
	size_t n = 0;

	if (!names[0])
		for (size_t i = 0; i < cxlmb_policy_profile_count(); i++)
			n += (size_t)snprintf(names + n, sizeof(names) - n, "%s%s", i ? ", " : "",
					      cxlmb_policy_profile_at(i)->name);
	return names;
}

const struct cxlmb_gate *cli_policy_gate(const char *sub, const char *name, struct cli_policy *cp)
{
	const struct cxlmb_policy *p = cxlmb_policy_profile(name);

	if (!p) {
		cli_err(sub, "unknown policy profile '%s' (profiles: %s)", name, cli_policy_names());
		return NULL;
	}
	memset(cp->cels, 0, sizeof(cp->cels));
	cp->name = p->name;
	cp->pol = *p;
	if (p->cel_mode)
		cxlmb_policy_cel_profile(&cp->pol, cp->cels, 0);
	cxlmb_policy_gate(&cp->pol, &cp->gate);
	return &cp->gate;
}

void cli_policy_set_cel(struct cli_policy *cp, const uint8_t *log, size_t len)
{
	if (len > sizeof(cp->cel[0]))
		len = sizeof(cp->cel[0]);
	memcpy(cp->cel[0], log, len);
	cp->cels[0] = (struct cxlmb_policy_cel){ .any_target = true, .log = cp->cel[0], .len = len };
	cxlmb_policy_cel_profile(&cp->pol, cp->cels, 1);
}

/* The CEL's size from Get Supported Logs (r3.2 Table 8-67: a count at 00h,
 * 14h-byte entries from 08h: UUID, log size), then Get Log in pieces the
 * endpoint carries (Table 8-68: UUID, offset, length). */
static int read_cel(const char *sub, struct cxlmb_endpoint *ep, uint8_t *out, size_t cap,
		    size_t *len)
{
	static uint8_t buf[CXLMB_PAYLOAD_MAX];
	struct cxlmb_request req = { 0x0400, NULL, 0 };
	struct cxlmb_response rsp = { .buf = buf, .cap = sizeof(buf) };
	uint32_t size = 0, chunk = ep->max_payload ? ep->max_payload : 256;
	int rc = cxlmb_ep_send(ep, &req, &rsp, NULL);

	if (rc || rsp.rc) {
		cli_err(sub, "cel profile: Get Supported Logs failed at tunnel level %u: %s (rc %04Xh)",
			ep->depth, cxlmb_strerror(rc), rsp.rc);
		return EXIT_CHECK;
	}
	for (size_t i = 0, n = (size_t)(buf[0] | buf[1] << 8); i < n && 8 + 0x14 * (i + 1) <= rsp.len; i++) {
		const uint8_t *e = buf + 8 + 0x14 * i;
		if (!memcmp(e, cxlmb_uuid_cel, 16))
			size = (uint32_t)e[16] | (uint32_t)e[17] << 8 | (uint32_t)e[18] << 16 |
			       (uint32_t)e[19] << 24;
	}
	if (!size || size > cap || size % CXLMB_CEL_ENTRY_LEN) {
		cli_err(sub, "cel profile: the target at tunnel level %u reports a CEL of %u bytes",
			ep->depth, size);
		return EXIT_CHECK;
	}
	for (uint32_t off = 0; off < size;) {
		uint8_t q[0x18] = { 0 };
		uint32_t n = size - off < chunk ? size - off : chunk;
		memcpy(q, cxlmb_uuid_cel, 16);
		for (unsigned b = 0; b < 4; b++) {
			q[0x10 + b] = (uint8_t)(off >> (8 * b));
			q[0x14 + b] = (uint8_t)(n >> (8 * b));
		}
		req = (struct cxlmb_request){ 0x0401, q, sizeof(q) };
		rsp = (struct cxlmb_response){ .buf = out + off, .cap = cap - off };
		rc = cxlmb_ep_send(ep, &req, &rsp, NULL);
		if (rc || rsp.rc || rsp.len != n) {
			cli_err(sub, "cel profile: Get Log (CEL) failed at tunnel level %u: %s (rc %04Xh)",
				ep->depth, cxlmb_strerror(rc), rsp.rc);
			return EXIT_CHECK;
		}
		off += n;
	}
	*len = size;
	return EXIT_OK;
}

int cli_policy_load_cels(const char *sub, struct cli_policy *cp, struct cli_device *d)
{
	struct cxlmb_endpoint *ep[CXLMB_TUNNEL_MAX_DEPTH + 1];
	const struct cxlmb_gate *g = d->root.gate;
	unsigned n = 0;
	int rc = EXIT_OK;

	if (!cp->pol.cel_mode)
		return EXIT_OK;
	ep[n++] = &d->root;
	for (unsigned i = 0; d->ep && i < d->ep->depth && i < CXLMB_TUNNEL_MAX_DEPTH; i++)
		ep[n++] = &d->hops[i];
	d->root.gate = NULL; /* the reads that feed the gate are not themselves gated */
	for (unsigned i = 0; i < n && rc == EXIT_OK; i++) {
		size_t len = 0;
		rc = read_cel(sub, ep[i], cp->cel[i], sizeof(cp->cel[i]), &len);
		cp->cels[i] = (struct cxlmb_policy_cel){ .log = cp->cel[i], .len = len };
		cxlmb_ep_route_of(ep[i], &cp->cels[i].route);
	}
	d->root.gate = g;
	if (rc == EXIT_OK)
		cxlmb_policy_cel_profile(&cp->pol, cp->cels, n);
	return rc;
}

void cli_policy_line(char *buf, size_t cap, const struct cxlmb_verdict *v, const char *profile)
{
	if (cap)
		buf[0] = '\0';
	cxlmb_policy_format(v, profile, buf, cap);
}

int cli_policy_denied(const char *sub, const struct cxlmb_verdict *v, const struct cli_policy *cp)
{
	char line[512];
	cli_policy_line(line, sizeof(line), v, cp ? cp->name : NULL);
	cli_err(sub, "%s", line);
	return EXIT_DENIED;
}

void cli_policy_tainted(const char *sub, const struct cxlmb_verdict *v, const struct cli_policy *cp)
{
	char line[512];
	if (v->decision != CXLMB_ALLOW_TAINT)
		return;
	cli_policy_line(line, sizeof(line), v, cp ? cp->name : NULL);
	cli_err(sub, "%s", line);
}

/* ---- cxlmb policy ---- */

static void usage(FILE *f)
{
	fprintf(f, "usage: cxlmb policy --profile P [--json] [--cel HEX|@FILE | --device D]\n"
		   "       cxlmb policy --profile P --opcode X [--payload HEX|@FILE] [--tunnel p[,ld]...]\n"
		   "                    [--json] [--cel HEX|@FILE | --device D]\n"
		   "  The central command policy.  Without --opcode: the decision for every catalog\n"
		   "  command (allow, deny, allow-with-taint) and why; '*' marks an entry the request\n"
		   "  payload can change.  With --opcode: one request explained level by level, the\n"
		   "  5300h of every --tunnel hop and every tunnel nested in the payload included;\n"
		   "  exit status 3 when it is refused.\n"
		   "  --profile  %s\n"
		   "  --cel      the cel profile's Command Effects Log (Get Log bytes), for every target\n"
		   "  --device   the cel profile reads the CEL of this device and of each --tunnel hop\n"
		   "             (Get Supported Logs, Get Log; nothing else is sent)\n",
		   cli_policy_names());
}

static void table(const struct cli_policy *cp, bool json)
{
	if (json)
		printf("{\"profile\": \"%s\", \"commands\": [", cp->name);
	else
		printf("%-6s %-48s %-17s %-20s %s\n", "OPCODE", "NAME", "DECISION", "REASON", "WHY");
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		struct cxlmb_verdict v;
		bool dep = false;
		cxlmb_policy_classify(&cp->pol, c->opcode, &v, &dep);
		if (json) {
			printf("%s\n {\"opcode\": \"%04X\", \"name\": ", i ? "," : "", c->opcode);
			cli_json_str(stdout, c->name);
			printf(", \"decision\": \"%s\", \"reason\": \"%s\", \"why\": ",
			       cxlmb_decision_name(v.decision), cxlmb_policy_reason_name(v.reason));
			cli_json_str(stdout, v.why);
			printf(", \"payload_dependent\": %s}", dep ? "true" : "false");
		} else {
			printf("%04Xh  %-48s %-17s %-20s %s\n", c->opcode, c->name,
			       cxlmb_decision_name(v.decision), cxlmb_policy_reason_name(v.reason), v.why);
			if (dep)
				printf("%6s %-48s (*) the payload can change this: see --opcode %04X --payload\n",
				       "", "", c->opcode);
		}
	}
	if (json)
		printf("\n]}\n");
	else
		printf("(C000h-FFFFh: vendor-specific; 5300h's inner commands are decided for their target)\n");
}

static void target_str(char *buf, size_t n, const struct cxlmb_route *t)
{
	size_t k = (size_t)snprintf(buf, n, "%s", t->depth ? "" : "the device");
	for (unsigned i = 0; i < t->depth && k < n; i++)
		k += (size_t)snprintf(buf + k, n - k, "%s%u", i ? "," : "tunnel ", t->hop[i].target_id);
}

static int explain(const struct cli_policy *cp, const struct cxlmb_route *route,
		   const struct cxlmb_request *req, bool have_payload, bool json)
{
	struct cxlmb_policy_trace tr;
	struct cxlmb_verdict v;
	char line[512], tgt[64];

	cxlmb_policy_decide(&cp->pol, route, req, &v, &tr);
	cli_policy_line(line, sizeof(line), &v, cp->name);
	if (json) {
		printf("{\"profile\": \"%s\", \"decision\": \"%s\", \"reason\": \"%s\", \"level\": %u, "
		       "\"opcode\": \"%04X\", \"line\": ",
		       cp->name, cxlmb_decision_name(v.decision), cxlmb_policy_reason_name(v.reason),
		       v.level, v.opcode);
		cli_json_str(stdout, line);
		printf(", \"levels\": [");
	}
	for (unsigned i = 0; i < tr.n; i++) {
		const struct cxlmb_policy_level *l = &tr.level[i];
		const struct cxlmb_cmd *c = cxlmb_cmd_find(l->v.opcode);
		target_str(tgt, sizeof(tgt), &l->target);
		if (json) {
			printf("%s\n {\"level\": %u, \"opcode\": \"%04X\", \"name\": ", i ? "," : "",
			       l->v.level, l->v.opcode);
			cli_json_str(stdout, c ? c->name : "");
			printf(", \"target\": ");
			cli_json_str(stdout, tgt);
			printf(", \"from_route\": %s, \"effects\": \"%04X\", \"decision\": \"%s\", "
			       "\"reason\": \"%s\", \"why\": ",
			       l->from_route ? "true" : "false", l->effects,
			       cxlmb_decision_name(l->v.decision), cxlmb_policy_reason_name(l->v.reason));
			cli_json_str(stdout, l->v.why);
			printf("}");
		} else {
			printf("level %u  %04Xh %-40s at %-16s %-17s %s: %s\n", l->v.level, l->v.opcode,
			       c ? c->name : "(unknown)", tgt, cxlmb_decision_name(l->v.decision),
			       cxlmb_policy_reason_name(l->v.reason), l->v.why);
		}
	}
	if (json) {
		printf("\n]}\n");
	} else {
		printf("%s\n", line);
		if (!have_payload && v.reason == CXLMB_PR_UNDECODABLE)
			printf("(no --payload given: the request is decided as sent, empty)\n");
	}
	return v.decision == CXLMB_DENY ? EXIT_DENIED : EXIT_OK;
}

static int run(int argc, char **argv)
{
	static struct cli_policy cp;
	static uint8_t payload[CXLMB_PAYLOAD_MAX], cel[CLI_POLICY_CEL_MAX];
	static struct cli_device dev;
	const char *sub = "policy", *profile = NULL, *pl = NULL, *celarg = NULL, *devspec = NULL, *v;
	struct cxlmb_route route = { .depth = 0 };
	bool json = false, have_op = false;
	uint16_t op = 0;
	size_t len = 0;

	for (int i = 0; i < argc; i++) {
		if (cli_is_opt(argv[i], "--profile")) {
			if (!(profile = cli_optval(sub, argc, argv, &i, "--profile")))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--opcode")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--opcode")) || !cli_parse_opcode(sub, v, &op))
				return EXIT_USAGE;
			have_op = true;
		} else if (cli_is_opt(argv[i], "--payload")) {
			if (!(pl = cli_optval(sub, argc, argv, &i, "--payload")))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--cel")) {
			if (!(celarg = cli_optval(sub, argc, argv, &i, "--cel")))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--device")) {
			if (!(devspec = cli_optval(sub, argc, argv, &i, "--device")))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--tunnel")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--tunnel")) || !cli_parse_route(sub, v, &route))
				return EXIT_USAGE;
		} else if (!strcmp(argv[i], "--json")) {
			json = true;
		} else {
			cli_err(sub, "unknown option '%s'", argv[i]);
			return EXIT_USAGE;
		}
	}
	if (!profile) {
		cli_err(sub, "missing --profile (profiles: %s)", cli_policy_names());
		return EXIT_USAGE;
	}
	if (!cli_policy_gate(sub, profile, &cp))
		return EXIT_USAGE;
	if (celarg) {
		size_t n = 0;
		if (!cp.pol.cel_mode) {
			cli_err(sub, "--cel is for the cel profile, not '%s'", cp.name);
			return EXIT_USAGE;
		}
		if (!cli_load_bytes(sub, "--cel", celarg, cel, sizeof(cel), &n))
			return EXIT_USAGE;
		if (n % CXLMB_CEL_ENTRY_LEN) {
			cli_err(sub, "--cel: %zu bytes is not a whole number of 4-byte entries", n);
			return EXIT_USAGE;
		}
		cli_policy_set_cel(&cp, cel, n);
	}
	if (devspec) {
		struct cli_dev_opts o;
		int st;
		if (!cp.pol.cel_mode || celarg) {
			cli_err(sub, "--device reads the CELs of the cel profile (not with '%s'%s)", cp.name,
				celarg ? " and --cel" : "");
			return EXIT_USAGE;
		}
		memset(&o, 0, sizeof(o));
		o.gate = &cp.gate;
		o.route = route;
		if ((st = cli_device_open(sub, devspec, &o, &dev)) != EXIT_OK)
			return st;
		st = cli_policy_load_cels(sub, &cp, &dev);
		cli_device_close(&dev);
		if (st != EXIT_OK)
			return st;
	}
	if ((pl || route.depth) && !have_op) {
		cli_err(sub, "--payload and --tunnel explain one request: give --opcode too");
		return EXIT_USAGE;
	}
	if (!have_op) {
		table(&cp, json);
		return EXIT_OK;
	}
	if (pl && !cli_load_bytes(sub, "--payload", pl, payload, sizeof(payload), &len))
		return EXIT_USAGE;
	struct cxlmb_request req = { op, payload, len };
	return explain(&cp, &route, &req, pl != NULL, json);
}

const struct cli_cmd cli_cmd_policy = {
	"policy", "what the central command policy decides, and why", run, usage,
};
