package com.omniroute.common.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.util.Objects;

/**
 * Identity shared by every entity with a generated key.
 *
 * <p>Keys come from one row of the {@code id_generator} table rather than from identity columns or
 * sequences: the same mapping then works on H2 and on MySQL (which has no sequences), and
 * EclipseLink never needs H2's removed {@code IDENTITY()} function.
 */
@MappedSuperclass
public abstract class AbstractEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "omniroute_ids")
  @TableGenerator(
      name = "omniroute_ids",
      table = "id_generator",
      pkColumnName = "sequence_name",
      valueColumnName = "next_value",
      pkColumnValue = "ids",
      allocationSize = 50)
  private Long id;

  public Long getId() {
    return id;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return id != null && id.equals(((AbstractEntity) other).id);
  }

  @Override
  public int hashCode() {
    return id == null ? System.identityHashCode(this) : Objects.hash(getClass(), id);
  }
}
