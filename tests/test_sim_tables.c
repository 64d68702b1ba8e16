/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulator's handler tables are what its binary search trusts: each
 * ascending, no opcode twice, every opcode in the catalog.  The check
 * passes on the real tables and catches each kind of broken one.  The
 * topology table is checked against the Type-3 states it points into. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sim_internal.h"

static void test_real_tables_hold(void **state)
{
	(void)state;
	assert_null(cxlmb_sim_tables_check());
	assert_null(cxlmb_sim_table_check(cxlmb_sim_type3_cmds, cxlmb_sim_type3_ncmds));
	assert_null(cxlmb_sim_table_check(cxlmb_sim_switch_cmds, cxlmb_sim_switch_ncmds));
	assert_null(cxlmb_sim_table_check(cxlmb_sim_fmld_cmds, cxlmb_sim_fmld_ncmds));
	/* and what dispatch lists is the table, in order */
	for (unsigned ep = 0; ep < CXLMB_SIM_EP_COUNT; ep++)
		for (size_t i = 1; i < cxlmb_sim_ep_command_count(ep); i++)
			assert_true(cxlmb_sim_ep_command_at(ep, i - 1) < cxlmb_sim_ep_command_at(ep, i));
}

static void test_broken_tables_caught(void **state)
{
	(void)state;
	const struct sim_cmd unsorted[] = { { 0x0002, cxlmb_sim_h_bg_op_status },
					    { 0x0001, cxlmb_sim_h_identify } };
	const struct sim_cmd twice[] = { { 0x0001, cxlmb_sim_h_identify },
					 { 0x0001, cxlmb_sim_h_identify } };
	const struct sim_cmd unknown[] = { { 0x0001, cxlmb_sim_h_identify },
					   { 0x1234, cxlmb_sim_h_identify } }; /* no such command */
	const struct sim_cmd no_handler[] = { { 0x0001, NULL } };

	assert_string_equal(cxlmb_sim_table_check(unsorted, 2), "opcodes out of ascending order");
	assert_string_equal(cxlmb_sim_table_check(twice, 2), "an opcode listed twice");
	assert_string_equal(cxlmb_sim_table_check(unknown, 2), "an opcode the catalog does not describe");
	assert_string_equal(cxlmb_sim_table_check(no_handler, 1), "a table entry without a handler");
	assert_null(cxlmb_sim_table_check(unsorted, 1)); /* one entry is always in order */
}

/* The default topology and the Type-3 states agree: every port's devices
 * lie in t3[], no two ports share one, the named ports hold what sim.h
 * says, each MLD has its own state slot. */
static void test_topology_fits_the_states(void **state)
{
	static struct cxlmb_sim sw; /* off the stack */
	struct cxlmb_sim_config cfg;
	unsigned owner[CXLMB_SIM_T3S_MAX], mlds = 0;
	(void)state;
	cxlmb_sim_config_default(&cfg);
	cfg.variant = CXLMB_SIM_SWITCH;
	assert_int_equal(cxlmb_sim_init(&sw, &cfg), 0);
	assert_int_equal(sw.nports, CXLMB_SIM_PORTS);
	for (unsigned d = 0; d < CXLMB_SIM_T3S_MAX; d++)
		owner[d] = ~0u;
	for (unsigned p = 0; p < sw.nports; p++) {
		const struct cxlmb_sim_port_state *e = cxlmb_sim_port_at(&sw, p);
		unsigned n = e->kind == CXLMB_SIM_PORT_MLD ? e->lds : e->kind == CXLMB_SIM_PORT_SLD;
		assert_true(e->kind != CXLMB_SIM_PORT_MLD || e->lds > 0);
		if (e->kind == CXLMB_SIM_PORT_MLD)
			assert_int_equal(e->mld, mlds++);
		for (unsigned d = e->dev; d < e->dev + n; d++) {
			assert_true(d < sw.nt3);
			assert_int_equal(owner[d], ~0u);
			owner[d] = p;
		}
	}
	assert_int_equal(mlds, sw.nmld);
	assert_null(cxlmb_sim_port_at(&sw, CXLMB_SIM_PORTS));
	assert_int_equal(cxlmb_sim_port_at(&sw, CXLMB_SIM_MLD_PORT)->kind, CXLMB_SIM_PORT_MLD);
	assert_int_equal(cxlmb_sim_port_at(&sw, CXLMB_SIM_MLD_PORT)->lds, CXLMB_SIM_MLD_LDS);
	assert_int_equal(cxlmb_sim_port_at(&sw, CXLMB_SIM_SLD_PORT)->kind, CXLMB_SIM_PORT_SLD);
	assert_int_equal(cxlmb_sim_port_at(&sw, CXLMB_SIM_SLD_PORT)->dev, CXLMB_SIM_SLD_DEV);
	cxlmb_sim_fini(&sw);
}

/* A topology the model cannot hold is refused at init, saying why. */
static void test_bad_topologies_refused(void **state)
{
	static struct cxlmb_sim sw;
	static const struct {
		struct cxlmb_sim_port t[CXLMB_SIM_PORTS_MAX + 1];
		size_t n;
		const char *why;
	} bad[] = {
		{ { { CXLMB_SIM_PORT_USP, 0 } }, 0, "topology: no ports" },
		{ { { CXLMB_SIM_PORT_USP, 0 } }, CXLMB_SIM_PORTS_MAX + 1,
		  "topology: more ports than CXLMB_SIM_PORTS_MAX" },
		{ { { CXLMB_SIM_PORT_SLD, 0 } }, 1,
		  "topology: port 0, and only port 0, must be the upstream port" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_USP, 0 } }, 2,
		  "topology: port 0, and only port 0, must be the upstream port" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { 9, 0 } }, 2, "topology: a port of unknown kind" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_SLD, 2 } }, 2,
		  "topology: LDs on a port that holds no MLD" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, 0 } }, 2,
		  "topology: an MLD needs 1..CXLMB_SIM_LDS_MAX LDs" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, CXLMB_SIM_LDS_MAX + 1 } }, 2,
		  "topology: an MLD needs 1..CXLMB_SIM_LDS_MAX LDs" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, 1 }, { CXLMB_SIM_PORT_MLD, 1 },
		    { CXLMB_SIM_PORT_MLD, 1 } }, 4, "topology: more MLDs than CXLMB_SIM_MLDS_MAX" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MHD, 0 } }, 2,
		  "topology: an MLD needs 1..CXLMB_SIM_LDS_MAX LDs" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MHD, 3 }, { CXLMB_SIM_PORT_MHD, 2 } }, 3,
		  "topology: the multi-headed device's heads hold more than CXLMB_SIM_LDS_MAX LDs" },
		/* the MHD takes an MLD's state slot, once for all its heads */
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MHD, 1 }, { CXLMB_SIM_PORT_MLD, 1 },
		    { CXLMB_SIM_PORT_MHD, 1 }, { CXLMB_SIM_PORT_MLD, 1 } }, 5,
		  "topology: more MLDs than CXLMB_SIM_MLDS_MAX" },
		{ { { CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, 4 }, { CXLMB_SIM_PORT_MLD, 4 },
		    { CXLMB_SIM_PORT_SLD, 0 }, { CXLMB_SIM_PORT_SLD, 0 }, { CXLMB_SIM_PORT_SLD, 0 } }, 6,
		  "topology: more LDs and SLDs than CXLMB_SIM_T3S_MAX" },
	};
	struct cxlmb_sim_config cfg;
	(void)state;
	cxlmb_sim_config_default(&cfg);
	cfg.variant = CXLMB_SIM_SWITCH;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_string_equal(cxlmb_sim_topology_check(bad[i].t, bad[i].n), bad[i].why);
		cfg.topology = bad[i].t;
		cfg.nports = (uint32_t)bad[i].n;
		assert_int_equal(cxlmb_sim_init(&sw, &cfg), CXLMB_E_INVALID_ARG);
	}
	assert_string_equal(cxlmb_sim_topology_check(NULL, 4), "topology: no ports");
	assert_null(cxlmb_sim_topology_check(cxlmb_sim_default_topology, CXLMB_SIM_PORTS));
	{
		static const struct cxlmb_sim_port mhd[] = {
			{ CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MHD, 2 }, { CXLMB_SIM_PORT_MLD, 4 },
			{ CXLMB_SIM_PORT_MHD, 2 },
		};
		assert_null(cxlmb_sim_topology_check(mhd, 4));
	}
	/* a topology is the switch's: the Type-3 variant refuses one */
	cfg.topology = cxlmb_sim_default_topology;
	cfg.nports = CXLMB_SIM_PORTS;
	cfg.variant = CXLMB_SIM_TYPE3;
	assert_int_equal(cxlmb_sim_init(&sw, &cfg), CXLMB_E_INVALID_ARG);
	cfg.variant = CXLMB_SIM_SWITCH;
	assert_int_equal(cxlmb_sim_init(&sw, &cfg), 0);
	cxlmb_sim_fini(&sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_tables_hold),
		cmocka_unit_test(test_broken_tables_caught),
		cmocka_unit_test(test_topology_fits_the_states),
		cmocka_unit_test(test_bad_topologies_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
