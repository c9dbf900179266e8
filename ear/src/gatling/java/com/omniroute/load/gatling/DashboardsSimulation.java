package com.omniroute.load.gatling;

/**
 * The full cycle of {@link FullCycleSimulation} while dashboards are open: {@code -Dsupervisors}
 * (20) supervisors each read every campaign's statistics and the latest interaction every {@code
 * -DrefreshMillis} (1000) ms.
 */
public class DashboardsSimulation extends FullCycleSimulation {

  public DashboardsSimulation() {
    super(20);
  }
}
