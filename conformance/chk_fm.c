/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Switch CCI and MLD management (FM API, r3.2 §7.6.7): Identify Switch
 * Device against the ports, virtual switches, bind and unbind, tunnels to
 * every LD, LD info and allocations. */
#include <stdlib.h>
#include <string.h>

#include "cf_internal.h"

/* Tunnel routes built for a check (scratch on the heap, parent-sized). */
struct route {
	struct cxlmb_endpoint ep[2];
	uint8_t *scratch[2];
	unsigned n;
};

static struct cxlmb_endpoint *hop(struct cf_ctx *c, struct route *rt, struct cxlmb_endpoint *parent,
				  uint8_t id)
{
	struct cxlmb_tunnel_hop h = { id, 0 };
	size_t cap = parent->max_payload ? parent->max_payload : 4096;
	unsigned i = rt->n;
	if (i >= 2 || !(rt->scratch[i] = malloc(cap)) ||
	    cxlmb_ep_route_init(&rt->ep[i], parent, h, rt->scratch[i], cap)) {
		cf_errorf(c, "cannot build a tunnel route");
		return NULL;
	}
	rt->n++;
	return &rt->ep[i];
}

static void route_free(struct route *rt)
{
	for (unsigned i = 0; i < rt->n; i++)
		free(rt->scratch[i]);
	rt->n = 0;
}

struct sw {
	struct cxlmb_identify_switch_rsp id;
	unsigned nports;
	struct cxlmb_port_info port[256];
};

/* judge: the check judges these answers (strict); else discovery (lenient) */
static int identify_switch(struct cf_ctx *c, struct sw *s, bool judge)
{
	static struct cf_io io;
	if (cf_need(c, 0x5100) ||
	    (judge ? cf_ok : cf_peek_ok)(c, 0x5100, NULL, 0, &io, "Identify Switch Device"))
		return -1;
	memcpy(&s->id, io.val, sizeof(s->id));
	return 0;
}

/* Physical port state of ports 0..n-1, asked in groups that fit. */
static int port_states(struct cf_ctx *c, struct sw *s, unsigned n, bool judge)
{
	static struct cf_io io;
	const struct cxlmb_get_port_state_rsp *r = (const void *)io.val;
	unsigned per = (c->max_payload - 4) / 16, done = 0;
	if (per > 64)
		per = 64;
	if (cf_need(c, 0x5101))
		return -1;
	while (done < n) {
		uint8_t q[1 + 64];
		unsigned k = n - done < per ? n - done : per;
		q[0] = (uint8_t)k;
		for (unsigned i = 0; i < k; i++)
			q[1 + i] = (uint8_t)(done + i);
		if ((judge ? cf_ok : cf_peek_ok)(c, 0x5101, q, 1 + k, &io, "Get Physical Port State"))
			return -1;
		if (r->num_ports != k) {
			cf_fail(c, "asked for %u ports, the answer has %u", k, r->num_ports);
			return -1;
		}
		for (unsigned i = 0; i < k; i++)
			if (cxlmb_array_get(&cxlmb_port_info_schema, &r->ports, i, 0, &s->port[done + i]))
				return -1;
		done += k;
	}
	s->nports = n;
	return 0;
}

static bool bit(const uint8_t *mask, unsigned i)
{
	return mask[i / 8] >> (i % 8) & 1;
}

static int switch_ports(struct cf_ctx *c, struct sw *s, bool judge)
{
	if (identify_switch(c, s, judge))
		return -1;
	return port_states(c, s, s->id.num_physical_ports, judge);
}

static void c_identify_switch(struct cf_ctx *c, const struct cf_check *k)
{
	struct sw *s = calloc(1, sizeof(*s));
	(void)k;
	if (!s || identify_switch(c, s, true))
		goto out;
	if (s->id.num_physical_ports == 0)
		cf_fail(c, "Number of Physical Ports 0");
	if (s->id.ingress_port_id >= s->id.num_physical_ports)
		cf_fail(c, "Ingress Port ID %u is not one of the %u ports", s->id.ingress_port_id,
			s->id.num_physical_ports);
	for (unsigned i = s->id.num_physical_ports; i < 256; i++)
		if (bit(s->id.active_port_bitmask, i)) {
			cf_fail(c, "port %u is active but the switch has %u ports", i,
				s->id.num_physical_ports);
			break;
		}
	for (unsigned i = s->id.num_vcs; i < 256; i++)
		if (bit(s->id.active_vcs_bitmask, i)) {
			cf_fail(c, "VCS %u is active but the switch has %u", i, s->id.num_vcs);
			break;
		}
	if (s->id.bound_vppbs > s->id.total_vppbs)
		cf_fail(c, "%u vPPBs bound out of %u", s->id.bound_vppbs, s->id.total_vppbs);
out:
	free(s);
}

static void c_ports(struct cf_ctx *c, const struct cf_check *k)
{
	struct sw *s = calloc(1, sizeof(*s));
	(void)k;
	if (!s || switch_ports(c, s, true))
		goto out;
	for (unsigned i = 0; i < s->nports; i++) {
		const struct cxlmb_port_info *p = &s->port[i];
		unsigned st = p->config_state & 0xF;
		if (p->port_id != i)
			cf_fail(c, "entry %u is port %u", i, p->port_id);
		if (st == 0xF || st > 5)
			cf_fail(c, "port %u, which Identify Switch Device counts, has configuration state "
				   "%Xh (invalid)", i, st);
		else if (bit(s->id.active_port_bitmask, i) && st == 0)
			cf_fail(c, "port %u is in the active mask but disabled", i);
		if (i == s->id.ingress_port_id && st != 4 && st != 0xF)
			cf_fail(c, "the ingress port %u is not an upstream port (state %u)", i, st);
	}
out:
	free(s);
}

/* VCS info of vcs (the blocks of one answer). */
static int vcs_info(struct cf_ctx *c, uint8_t vcs, struct cxlmb_vcs_info *vi, struct cf_io *io)
{
	uint8_t q[4] = { 0, 0xFF, 1, vcs };
	const struct cxlmb_get_vcs_info_rsp *r = (const void *)io->val;
	uint32_t pos = 0;
	if (cf_ok(c, 0x5200, q, 4, io, "Get Virtual CXL Switch Info"))
		return -1;
	if (cxlmb_vcs_info_next(r, &pos, CXLMB_STRICT, vi)) {
		cf_fail(c, "VCS %u: the info block does not decode", vcs);
		return -1;
	}
	return 0;
}

static void c_vcs(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct sw *s = calloc(1, sizeof(*s));
	unsigned bound = 0, vppbs = 0;
	(void)k;
	if (!s || cf_need(c, 0x5200) || identify_switch(c, s, false))
		goto out;
	for (unsigned v = 0; v < s->id.num_vcs; v++) {
		struct cxlmb_vcs_info vi;
		if (!bit(s->id.active_vcs_bitmask, v))
			continue;
		if (vcs_info(c, (uint8_t)v, &vi, &io))
			goto out;
		if (vi.vcs_id != v || vi.state != 1)
			cf_fail(c, "active VCS %u: the answer is VCS %u in state %u", v, vi.vcs_id, vi.state);
		if (vi.usp_id >= s->id.num_physical_ports)
			cf_fail(c, "VCS %u: USP %u is not a port", v, vi.usp_id);
		vppbs += vi.num_vppbs;
		for (uint8_t i = 0; i < vi.num_vppbs; i++) {
			struct cxlmb_vppb_info p;
			if (cxlmb_array_get(&cxlmb_vppb_info_schema, &vi.vppbs, i, 0, &p))
				break;
			if (p.binding_status >= 2) {
				bound++;
				if (p.bound_port_id >= s->id.num_physical_ports)
					cf_fail(c, "VCS %u vPPB %u is bound to port %u, not a port", v, i,
						p.bound_port_id);
			}
		}
	}
	if (bound != s->id.bound_vppbs)
		cf_fail(c, "the VCSs have %u bound vPPBs, Identify Switch Device says %u", bound,
			s->id.bound_vppbs);
	if (vppbs > s->id.total_vppbs)
		cf_fail(c, "the VCSs have %u vPPBs, Identify Switch Device says %u in all", vppbs,
			s->id.total_vppbs);
out:
	free(s);
}

/* Bind and unbind (r3.2 §7.6.7.2.2-3): background operations. */
static int bg_cmd(struct cf_ctx *c, uint16_t op, const uint8_t *q, size_t n, const char *what)
{
	static struct cf_io io;
	struct cxlmb_bg_status st;
	if (cf_ok(c, op, q, n, &io, what))
		return -1;
	if (io.rc == CXLMB_RC_BACKGROUND) {
		if (cf_bg_wait(c, c->ep, op, &st))
			return -1;
		if (st.rc != CXLMB_RC_SUCCESS) {
			cf_fail(c, "%s ended with %s", what, cf_rc_name(st.rc));
			return -1;
		}
	}
	return 0;
}

static int vppb_of(struct cf_ctx *c, uint8_t vppb, struct cxlmb_vppb_info *p)
{
	static struct cf_io io;
	struct cxlmb_vcs_info vi;
	if (vcs_info(c, 0, &vi, &io))
		return -1;
	if (vppb >= vi.num_vppbs || cxlmb_array_get(&cxlmb_vppb_info_schema, &vi.vppbs, vppb, 0, p)) {
		cf_fail(c, "vPPB %u is not in VCS 0's info", vppb);
		return -1;
	}
	return 0;
}

/* A free vPPB of VCS 0 and a port (or LD) no vPPB holds. */
static int free_pair(struct cf_ctx *c, struct sw *s, uint8_t *vppb, uint8_t *port, uint16_t *ld)
{
	static struct cf_io io;
	struct cxlmb_vcs_info vi;
	bool held[256][17];
	int fv = -1;
	memset(held, 0, sizeof(held));
	if (vcs_info(c, 0, &vi, &io))
		return -1;
	for (uint8_t i = 0; i < vi.num_vppbs; i++) {
		struct cxlmb_vppb_info p;
		if (cxlmb_array_get(&cxlmb_vppb_info_schema, &vi.vppbs, i, 0, &p))
			return -1;
		if (p.binding_status == 0 && fv < 0)
			fv = i;
		if (p.binding_status == 2)
			held[p.bound_port_id][16] = true;
		if (p.binding_status == 3 && p.bound_ld_id < 16)
			held[p.bound_port_id][p.bound_ld_id] = true;
	}
	if (fv < 0) {
		cf_skip(c, "VCS 0 has no unbound vPPB");
		return -1;
	}
	*vppb = (uint8_t)fv;
	for (unsigned p = 0; p < s->nports; p++) {
		const struct cxlmb_port_info *pi = &s->port[p];
		if ((pi->config_state & 0xF) != 3 || !pi->connected_device_type)
			continue;
		for (unsigned l = 0; l < pi->supported_ld_count && l < 16; l++)
			if (!held[p][l] && !held[p][16]) {
				*port = (uint8_t)p;
				*ld = (uint16_t)l;
				return 0;
			}
		if (!pi->supported_ld_count && !held[p][16]) {
			*port = (uint8_t)p;
			*ld = 0xFFFF;
			return 0;
		}
	}
	cf_skip(c, "every connected downstream port and LD is already bound");
	return -1;
}

static void c_bind(struct cf_ctx *c, const struct cf_check *k)
{
	struct sw *s = calloc(1, sizeof(*s));
	struct cxlmb_vppb_info p;
	uint8_t vppb, port, q[6];
	uint16_t ld;
	(void)k;
	if (!s || cf_need(c, 0x5201) || cf_need(c, 0x5202) || switch_ports(c, s, false) ||
	    free_pair(c, s, &vppb, &port, &ld))
		goto out;
	q[0] = 0;
	q[1] = vppb;
	q[2] = port;
	q[3] = 0;
	cf_put16(q + 4, ld);
	if (bg_cmd(c, 0x5201, q, 6, "Bind vPPB") || vppb_of(c, vppb, &p))
		goto out;
	if (p.binding_status != (ld == 0xFFFF ? 2 : 3) || p.bound_port_id != port ||
	    (ld != 0xFFFF && p.bound_ld_id != ld)) {
		cf_fail(c, "after Bind vPPB %u to port %u LD %04Xh: status %u, port %u, LD %u", vppb, port,
			ld, p.binding_status, p.bound_port_id, p.bound_ld_id);
		goto out;
	}
	q[2] = 0; /* wait for the link to go down */
	if (bg_cmd(c, 0x5202, q, 3, "Unbind vPPB") || vppb_of(c, vppb, &p))
		goto out;
	if (p.binding_status != 0)
		cf_fail(c, "after Unbind vPPB %u its status is %u, expected 0 (unbound)", vppb,
			p.binding_status);
out:
	free(s);
}

static void c_bind_errors(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	static const uint16_t e_bind[] = { CXLMB_RC_INVALID_INPUT, CXLMB_RC_BUSY, 0 };
	static const uint16_t e_input[] = { CXLMB_RC_INVALID_INPUT, 0 };
	struct sw *s = calloc(1, sizeof(*s));
	struct cxlmb_vppb_info p;
	uint8_t vppb, port, q[6];
	uint16_t ld;
	(void)k;
	if (!s || cf_need(c, 0x5201) || cf_need(c, 0x5202) || switch_ports(c, s, false) ||
	    free_pair(c, s, &vppb, &port, &ld))
		goto out;
	/* to a port that does not exist */
	q[0] = 0;
	q[1] = vppb;
	q[2] = (uint8_t)s->nports;
	q[3] = 0;
	cf_put16(q + 4, 0xFFFF);
	if (cf_do(c, 0x5201, q, 6, &io) == 0)
		cf_expect_err(c, &io, "Bind vPPB to a port past the last", e_input);
	/* to the upstream port */
	q[2] = s->id.ingress_port_id;
	if (cf_do(c, 0x5201, q, 6, &io) == 0)
		cf_expect_err(c, &io, "Bind vPPB to the ingress (upstream) port", e_input);
	/* a vPPB that is already bound: find one */
	for (uint8_t v = 0; v < s->id.total_vppbs && v < 64; v++) {
		if (vppb_of(c, v, &p))
			goto out;
		if (p.binding_status < 2)
			continue;
		q[1] = v;
		q[2] = port;
		cf_put16(q + 4, ld);
		if (cf_do(c, 0x5201, q, 6, &io) == 0)
			cf_expect_err(c, &io, "Bind of an already bound vPPB", e_bind);
		break;
	}
	/* unbind of an unbound vPPB */
	q[1] = vppb;
	q[2] = 0;
	if (cf_do(c, 0x5202, q, 3, &io) == 0)
		cf_expect_err(c, &io, "Unbind of an unbound vPPB", e_input);
	if (vppb_of(c, vppb, &p) == 0 && p.binding_status != 0)
		cf_fail(c, "a refused bind left vPPB %u in status %u", vppb, p.binding_status);
out:
	free(s);
}

/* ---- tunnels and the MLD (r3.2 §7.6.7.3.1, §7.6.7.4) ---- */

/* The FM-owned LD: the target itself, or one hop from a switch. */
static struct cxlmb_endpoint *fmld(struct cf_ctx *c, struct route *rt, struct sw *s)
{
	if (c->kind == CF_T_FMLD)
		return c->ep;
	if (cf_need(c, 0x5300) || switch_ports(c, s, false))
		return NULL;
	for (unsigned p = 0; p < s->nports; p++)
		if (s->port[p].supported_ld_count > 0 && (s->port[p].config_state & 0xF) == 3)
			return hop(c, rt, c->ep, (uint8_t)p);
	cf_skip(c, "no port has a multi-logical device");
	return NULL;
}

static int ld_info(struct cf_ctx *c, struct cxlmb_endpoint *ep, struct cxlmb_ld_info_rsp *li)
{
	static struct cf_io io;
	if (cf_ok_at(c, ep, 0x5400, NULL, 0, &io, "Get LD Info"))
		return -1;
	memcpy(li, io.val, sizeof(*li));
	return 0;
}

/* The inner answers are checked like direct ones: Identify and, for a
 * memory device, Identify Memory Device; the LD's CEL reads and validates. */
static void check_ld(struct cf_ctx *c, struct cxlmb_endpoint *ld, unsigned id)
{
	static struct cf_io io;
	uint8_t q[CXLMB_GET_LOG_REQ_LEN];
	uint32_t n;
	const struct cxlmb_identify_rsp *r = (const void *)io.val;
	if (cf_ok_at(c, ld, 0x0001, NULL, 0, &io, "Identify through tunnels"))
		return;
	if (r->component_type != 0x03)
		cf_fail(c, "LD %u: Component Type %02Xh, expected 03h", id, r->component_type);
	if (cf_ok_at(c, ld, 0x4000, NULL, 0, &io, "Identify Memory Device through tunnels"))
		return;
	memcpy(q, cxlmb_uuid_cel, 16);
	cf_put32(q + 16, 0);
	cf_put32(q + 20, 64);
	if (cf_do_at(c, ld, 0x0401, q, sizeof(q), &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS && io.rc != CXLMB_RC_INVALID_INPUT)
		cf_fail(c, "LD %u: Get Log(CEL): %s", id, cf_rc_name(io.rc));
	else if (io.rc == CXLMB_RC_SUCCESS && cxlmb_cel_validate(io.buf, io.len, CXLMB_STRICT, &n))
		cf_fail(c, "LD %u: its CEL does not validate", id);
}

static void c_tunnel_lds(struct cf_ctx *c, const struct cf_check *k)
{
	struct route rt = { 0 };
	struct sw *s = calloc(1, sizeof(*s));
	struct cxlmb_endpoint *fm;
	struct cxlmb_ld_info_rsp li;
	static struct cf_io io;
	unsigned slds = 0;
	(void)k;
	if (!s)
		goto out;
	/* single-logical devices: one tunnel level */
	if (c->kind == CF_T_SWITCH && !cf_need(c, 0x5300) && switch_ports(c, s, false) == 0) {
		for (unsigned p = 0; p < s->nports && !cf_failed(c); p++) {
			struct cxlmb_endpoint *e;
			if ((s->port[p].config_state & 0xF) != 3 || !s->port[p].connected_device_type ||
			    s->port[p].supported_ld_count)
				continue;
			if (!(e = hop(c, &rt, c->ep, (uint8_t)p)))
				goto out;
			check_ld(c, e, p);
			route_free(&rt);
			slds++;
		}
	}
	if (cf_failed(c) || !(fm = fmld(c, &rt, s)))
		goto out;
	if (cf_ok_at(c, fm, 0x0001, NULL, 0, &io, "Identify of the FM-owned LD") || ld_info(c, fm, &li))
		goto out;
	if (li.ld_count == 0 || li.ld_count > 16) {
		cf_fail(c, "LD Count %u, expected 1..16", li.ld_count);
		goto out;
	}
	for (unsigned l = 0; l < li.ld_count && !cf_failed(c); l++) {
		struct cxlmb_endpoint *ld = hop(c, &rt, fm, (uint8_t)l);
		if (!ld)
			goto out;
		check_ld(c, ld, l);
		free(rt.scratch[--rt.n]); /* the next LD reuses the slot */
	}
	cf_note(c, "%u single-logical devices at depth 1, %u LDs at depth %u", slds, li.ld_count,
		c->kind == CF_T_FMLD ? 1u : 2u);
out:
	route_free(&rt);
	free(s);
}

/* Through the route, the outer level must refuse; nothing may come back
 * as a Success from a device that is not there. */
static void refused(struct cf_ctx *c, struct cxlmb_endpoint *ep, const char *what)
{
	struct cxlmb_request rq = { 0x0001, NULL, 0 };
	uint8_t buf[64];
	struct cxlmb_response rs = { .buf = buf, .cap = sizeof(buf) };
	int err = cxlmb_ep_send(ep, &rq, &rs, NULL);
	if (err == CXLMB_E_ROUTE || (err == CXLMB_E_OK && rs.rc != CXLMB_RC_SUCCESS))
		return;
	if (err == CXLMB_E_OK)
		cf_fail(c, "%s: Identify answered Success from nothing", what);
	else
		cf_fail(c, "%s: the tunnel answer is malformed (%s)", what, cxlmb_strerror(err));
	if (!cf_failed(c))
		return;
	/* still answering directly? */
	{
		static struct cf_io io;
		cf_ok(c, 0x0001, NULL, 0, &io, "Identify after the failed tunnel");
	}
}

static void c_tunnel_empty(struct cf_ctx *c, const struct cf_check *k)
{
	struct route rt = { 0 };
	struct sw *s = calloc(1, sizeof(*s));
	unsigned tried = 0;
	(void)k;
	if (!s || cf_need(c, 0x5300) || switch_ports(c, s, false))
		goto out;
	for (unsigned p = 0; p < s->nports; p++) {
		char what[48];
		struct cxlmb_endpoint *e;
		if (s->port[p].connected_device_type != 0 || p == s->id.ingress_port_id)
			continue;
		if (!(e = hop(c, &rt, c->ep, (uint8_t)p)))
			goto out;
		snprintf(what, sizeof(what), "tunnel to empty port %u", p);
		refused(c, e, what);
		route_free(&rt);
		tried++;
	}
	{ /* and a port that does not exist */
		struct cxlmb_endpoint *e = hop(c, &rt, c->ep, (uint8_t)s->nports);
		if (e)
			refused(c, e, "tunnel to a port past the last");
	}
	cf_note(c, "%u empty ports", tried);
out:
	route_free(&rt);
	free(s);
}

static void c_tunnel_bad_ld(struct cf_ctx *c, const struct cf_check *k)
{
	struct route rt = { 0 };
	struct sw *s = calloc(1, sizeof(*s));
	struct cxlmb_endpoint *fm, *e;
	struct cxlmb_ld_info_rsp li;
	(void)k;
	if (!s || !(fm = fmld(c, &rt, s)) || ld_info(c, fm, &li))
		goto out;
	if ((e = hop(c, &rt, fm, (uint8_t)li.ld_count)) != NULL)
		refused(c, e, "tunnel to the LD past the last");
out:
	route_free(&rt);
	free(s);
}

static void c_ld_alloc(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	static const uint16_t e_input[] = { CXLMB_RC_INVALID_INPUT, 0 };
	struct route rt = { 0 };
	struct sw *s = calloc(1, sizeof(*s));
	struct cxlmb_endpoint *fm;
	struct cxlmb_ld_info_rsp li;
	const struct cxlmb_get_ld_alloc_rsp *r = (const void *)io.val;
	uint8_t q[2] = { 0, 255 };
	uint64_t units = 0, gran;
	(void)k;
	if (!s || !(fm = fmld(c, &rt, s)) || ld_info(c, fm, &li))
		goto out;
	if (cf_ok_at(c, fm, 0x5401, q, 2, &io, "Get LD Allocations(0, 255)"))
		goto out;
	if (r->num_lds != li.ld_count)
		cf_fail(c, "Get LD Allocations: %u LDs, Get LD Info: %u", r->num_lds, li.ld_count);
	if (r->start_ld != 0 || r->list_count != r->num_lds)
		cf_fail(c, "from LD 0 with no limit: start %u, %u entries for %u LDs", r->start_ld,
			r->list_count, r->num_lds);
	gran = 256ull << 20 << (r->granularity < 3 ? r->granularity : 0);
	for (uint8_t i = 0; i < r->list_count; i++) {
		struct cxlmb_ld_alloc a;
		if (cxlmb_array_get(&cxlmb_ld_alloc_schema, &r->allocs, i, 0, &a) == 0)
			units += a.range1_multiplier + a.range2_multiplier;
	}
	if (units * gran > li.memory_size)
		cf_fail(c, "allocations total %llu bytes, the MLD has %llu",
			(unsigned long long)(units * gran), (unsigned long long)li.memory_size);
	q[0] = (uint8_t)li.ld_count;
	q[1] = 1;
	if (cf_do_at(c, fm, 0x5401, q, 2, &io) == 0)
		cf_expect_err(c, &io, "Get LD Allocations(start = LD count)", e_input);
out:
	route_free(&rt);
	free(s);
}

static void c_set_ld_alloc(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io, old;
	struct route rt = { 0 };
	struct sw *s = calloc(1, sizeof(*s));
	struct cxlmb_endpoint *fm;
	struct cxlmb_ld_info_rsp li;
	const struct cxlmb_set_ld_alloc *r = (const void *)io.val;
	const struct cxlmb_get_ld_alloc_rsp *g = (const void *)old.val;
	uint8_t q[4 + 16] = { 0 }, gq[2] = { 0, 1 };
	uint64_t gran, want;
	(void)k;
	if (!s || !(fm = fmld(c, &rt, s)) || ld_info(c, fm, &li))
		goto out;
	if (cf_ok_at(c, fm, 0x5401, gq, 2, &old, "Get LD Allocations(0, 1)"))
		goto out;
	gran = 256ull << 20 << (g->granularity < 3 ? g->granularity : 0);
	want = li.memory_size / gran + 1; /* more than the whole device */
	q[0] = 1;
	q[1] = 0;
	cf_put64(q + 4, want);
	if (cf_do_at(c, fm, 0x5402, q, sizeof(q), &io))
		goto out;
	if (io.rc == CXLMB_RC_SUCCESS) {
		struct cxlmb_ld_alloc a = { 0, 0 };
		if (r->num_lds != 1 || cxlmb_array_get(&cxlmb_ld_alloc_schema, &r->allocs, 0, 0, &a))
			cf_fail(c, "Set LD Allocations answered Success listing %u LDs", r->num_lds);
		else if (a.range1_multiplier * gran > li.memory_size)
			cf_fail(c, "Set LD Allocations granted %llu units of %llu bytes: more than the "
				   "MLD's %llu bytes", (unsigned long long)a.range1_multiplier,
				(unsigned long long)gran, (unsigned long long)li.memory_size);
		/* put LD 0's allocation back */
		memcpy(q + 4, old.buf + 4, 16);
		cf_do_at(c, fm, 0x5402, q, sizeof(q), &io);
	} else if (io.rc != CXLMB_RC_INVALID_INPUT && io.rc != CXLMB_RC_RESOURCES_EXHAUSTED) {
		cf_fail(c, "Set LD Allocations beyond the capacity: expected Invalid Input or Resources "
			   "Exhausted (or a smaller grant), got %s", cf_rc_name(io.rc));
	}
out:
	route_free(&rt);
	free(s);
}

#define F(id, title, ref, tg, d, fn) { id, title, ref, CF_MANDATORY, tg, false, d, fn, 0 }
#define MLD (CF_T_SWITCH | CF_T_FMLD)
const struct cf_check cf_checks_fm[] = {
	F("fm.identify-switch", "Identify Switch Device: ports, VCSs and vPPB counts agree",
	  "r3.2 §7.6.7.1.1", CF_T_SWITCH, NULL, c_identify_switch),
	F("fm.port-state-every-port", "every port Identify Switch Device counts has a valid state",
	  "r3.2 §7.6.7.1.1-2", CF_T_SWITCH, NULL, c_ports),
	F("fm.vcs-info", "Get VCS Info of every active VCS agrees with Identify Switch Device",
	  "r3.2 §7.6.7.2.1", CF_T_SWITCH, NULL, c_vcs),
	F("fm.bind-vppb-state", "Bind then Unbind vPPB move its state bound -> unbound",
	  "r3.2 §7.6.7.2.2-3", CF_T_SWITCH, "binds a free vPPB to a free port or LD, then unbinds it",
	  c_bind),
	F("fm.bind-errors", "binds to a bad or upstream port, of a bound vPPB, unbinding a free one fail",
	  "r3.2 §7.6.7.2.2-3", CF_T_SWITCH, "binds or unbinds a vPPB if wrongly accepted",
	  c_bind_errors),
	F("fm.tunnel-every-ld", "every LD answers through tunnels like a direct device",
	  "r3.2 §7.6.7.3.1, §7.6.7.4.1", MLD, NULL, c_tunnel_lds),
	F("fm.tunnel-empty-port", "a tunnel to a port with nothing behind it is refused",
	  "r3.2 §7.6.7.3.1", CF_T_SWITCH, NULL, c_tunnel_empty),
	F("fm.tunnel-bad-ld", "a tunnel to an LD past the last is refused", "r3.2 §7.6.7.3.1", MLD,
	  NULL, c_tunnel_bad_ld),
	F("fm.ld-allocations", "Get LD Allocations agrees with Get LD Info and the capacity",
	  "r3.2 §7.6.7.4.1-2", MLD, NULL, c_ld_alloc),
	F("fm.set-ld-allocations-limit", "Set LD Allocations never grants more than the capacity",
	  "r3.2 §7.6.7.4.3", MLD, "re-allocates LD 0's capacity and puts it back", c_set_ld_alloc),
};
const size_t cf_nchecks_fm = CF_N(cf_checks_fm);
