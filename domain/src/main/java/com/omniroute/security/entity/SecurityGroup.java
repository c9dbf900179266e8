package com.omniroute.security.entity;

import com.omniroute.common.entity.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A partition of the contact centre: every campaign and every agent belongs to exactly one, and a
 * console user sees only the campaigns and agents of the groups they belong to.
 */
@Entity
@Table(name = "security_group")
@NamedQuery(name = SecurityGroup.FIND_ALL, query = "SELECT g FROM SecurityGroup g ORDER BY g.name")
@NamedQuery(
    name = SecurityGroup.FIND_BY_NAME,
    query = "SELECT g FROM SecurityGroup g WHERE g.name = :name")
@NamedQuery(
    name = SecurityGroup.FIND_BY_IDS,
    query = "SELECT g FROM SecurityGroup g WHERE g.id IN :ids ORDER BY g.name")
@NamedQuery(name = SecurityGroup.ALL_IDS, query = "SELECT g.id FROM SecurityGroup g")
public class SecurityGroup extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "SecurityGroup.findAll";
  public static final String FIND_BY_NAME = "SecurityGroup.findByName";

  /** The groups with the ids {@code :ids}, by name. */
  public static final String FIND_BY_IDS = "SecurityGroup.findByIds";

  /** The ids of every group: what a superadmin sees. */
  public static final String ALL_IDS = "SecurityGroup.allIds";

  @NotBlank(message = "{omniroute.name.required}")
  @Size(max = 100, message = "{omniroute.name.size}")
  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Version private int version;

  protected SecurityGroup() {}

  public SecurityGroup(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getVersion() {
    return version;
  }
}
