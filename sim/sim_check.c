/* The device model's invariants: what must hold between any two commands,
 * whatever the host sent.  The stateful fuzz target checks them after
 * every step. */
#include <string.h>

#include "sim_internal.h"

static bool extents_ok(const struct cxlmb_sim_extent *e, uint32_t n)
{
	const uint64_t lo = (uint64_t)CXLMB_SIM_CAP_TOTAL << 28;
	const uint64_t hi = lo + CXLMB_SIM_DC_REGIONS * CXLMB_SIM_DC_REGION_LEN;
	for (uint32_t i = 0; i < n; i++) {
		if (e[i].len == 0 || e[i].dpa < lo || e[i].dpa >= hi || e[i].len > hi - e[i].dpa)
			return false;
		for (uint32_t j = 0; j < i; j++)
			if (e[i].dpa < e[j].dpa + e[j].len && e[j].dpa < e[i].dpa + e[i].len)
				return false;
	}
	return true;
}

/* One Type-3 device or LD. */
static const char *t3_check(const struct cxlmb_sim_t3 *t)
{
	if (t->npoison > CXLMB_SIM_POISON_MAX)
		return "poison list beyond its maximum";
	for (unsigned l = 0; l < CXLMB_SIM_EVENT_LOGS; l++)
		if (t->events[l].count > CXLMB_SIM_EVENT_LOG_SIZE)
			return "event log beyond its size";
	if (t->lsa_dirty > CXLMB_SIM_LSA_SIZE)
		return "label storage high-water mark beyond the area";
	if (t->dbg.len > CXLMB_SIM_DEBUG_LOG_SIZE)
		return "vendor debug log beyond its size";
	if (t->part.active_vol < CXLMB_SIM_CAP_VOL_ONLY ||
	    t->part.active_vol > CXLMB_SIM_CAP_TOTAL - CXLMB_SIM_CAP_PERS_ONLY)
		return "volatile partition outside what the capacity allows";
	if (t->scan.next > t->scan.nres || t->scan.nres > CXLMB_SIM_POISON_MAX)
		return "scan media results out of bounds";
	if (t->fw.active < 1 || t->fw.active > 2 || t->fw.staged > 2)
		return "firmware slot out of range";
	if (t->sec.locked && !t->sec.user_set)
		return "locked without a user passphrase";
	if (t->scrub.cycle < CXLMB_SIM_SCRUB_MIN_HOURS || t->scrub.enabled > 1)
		return "patrol scrub setting the device refuses";
	if (t->dc.naccepted > CXLMB_SIM_DC_EXTENTS || t->dc.npending > CXLMB_SIM_DC_EXTENTS ||
	    !extents_ok(t->dc.accepted, t->dc.naccepted) || !extents_ok(t->dc.pending, t->dc.npending))
		return "dynamic capacity extents overlap or leave their regions";
	return NULL;
}

static const char *bg_check(const struct cxlmb_sim_bg *bg)
{
	if (bg->percent > 100 || (bg->running && bg->percent == 100))
		return "background progress beyond 100%";
	if (bg->running) {
		const struct cxlmb_cmd *c = cxlmb_cmd_find(bg->opcode);
		if (!c || !(c->flags & CXLMB_CMD_BG))
			return "a command that is not a background command runs in the background";
	}
	return NULL;
}

const char *cxlmb_sim_check(const struct cxlmb_sim *s)
{
	const uint8_t *mb = s->regs + CXLMB_SIM_MBOX_OFF;
	const struct cxlmb_sim_bg *root = s->cfg.variant == CXLMB_SIM_SWITCH
						  ? &s->bg[CXLMB_SIM_EP_SWITCH] : &s->t3[0].bg;
	const struct cxlmb_sim_bg *sw = &s->bg[CXLMB_SIM_EP_SWITCH];
	uint64_t bgreg = 0, alloc = 0;
	unsigned bound[CXLMB_SIM_PORTS][CXLMB_SIM_MLD_LDS + 1];
	const char *why;

	for (unsigned ld = 0; ld < CXLMB_SIM_MLD_LDS; ld++)
		if ((why = t3_check(&s->t3[ld])) != NULL || (why = bg_check(&s->t3[ld].bg)) != NULL)
			return why;
	for (unsigned ep = 0; ep < CXLMB_SIM_EP_COUNT; ep++)
		if ((why = bg_check(&s->bg[ep])) != NULL)
			return why;
	for (unsigned ld = 0; ld < CXLMB_SIM_MLD_LDS; ld++)
		alloc += s->mld.alloc[ld][0] + s->mld.alloc[ld][1];
	if (alloc > CXLMB_SIM_MLD_LD_UNITS * CXLMB_SIM_MLD_LDS)
		return "LD allocations beyond the MLD's capacity";
	memset(bound, 0, sizeof(bound));
	for (unsigned v = 0; v < CXLMB_SIM_VPPBS; v++) {
		uint8_t st = s->vcs.vppb[v].status, p = s->vcs.vppb[v].port;
		if (st > 3)
			return "vPPB binding status out of range";
		if (st == 1 && !(sw->running && (sw->opcode == 0x5201 || sw->opcode == 0x5202)))
			return "vPPB binding in progress with no bind or unbind running";
		if (st >= 2 && (p == 0 || p >= CXLMB_SIM_PORTS || s->vcs.vppb[v].ld >= CXLMB_SIM_MLD_LDS))
			return "vPPB bound to a port that cannot be bound";
		if (st >= 2 && bound[p][st == 3 ? s->vcs.vppb[v].ld : CXLMB_SIM_MLD_LDS]++)
			return "two vPPBs bound to the same port or LD";
	}
	for (unsigned i = 8; i--;)
		bgreg = bgreg << 8 | mb[CXLMB_MBOX_BG_STATUS + i];
	if ((uint16_t)bgreg != root->opcode || ((bgreg >> 16) & 0x7F) != root->percent)
		return "Background Command Status register disagrees with the device";
	return NULL;
}
