package com.omniroute.console.group;

import com.omniroute.security.boundary.SecurityGroupService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code admin/security-groups/list.xhtml}: every security group with how many campaigns,
 * agents and users belong to it.
 */
@Named
@ViewScoped
public class SecurityGroupsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One line of the list. A class with getters, not a record: Expression Language 5 (Jakarta EE 10)
   * does not read record components.
   */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final long campaigns;
    private final long agents;
    private final long users;

    Row(SecurityGroupService.Usage usage) {
      this.id = usage.group().getId();
      this.name = usage.group().getName();
      this.campaigns = usage.campaigns();
      this.agents = usage.agents();
      this.users = usage.users();
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public long getCampaigns() {
      return campaigns;
    }

    public long getAgents() {
      return agents;
    }

    public long getUsers() {
      return users;
    }
  }

  @Inject private SecurityGroupService securityGroups;

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = securityGroups.listWithUsage().stream().map(Row::new).toList();
  }

  public List<Row> getRows() {
    return rows;
  }
}
