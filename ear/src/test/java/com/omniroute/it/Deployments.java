package com.omniroute.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The deployment every integration test uses: the real EAR the build produced, with the test
 * classes added as one library jar (an in-container test against an EAR must live inside it).
 */
public final class Deployments {

  private Deployments() {}

  /** The built {@code routing.ear} plus a library jar holding the given test classes. */
  public static EnterpriseArchive routingEar(Class<?>... testClasses) {
    File ear = new File(System.getProperty("routing.ear", "target/routing.ear"));
    EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    JavaArchive tests =
        ShrinkWrap.create(JavaArchive.class, "routing-tests.jar")
            .addClasses(Deployments.class, TestTransactions.class)
            .addClasses(testClasses)
            .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    return archive.addAsLibrary(tests).addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  /** The jar (or classes folder) a class was loaded from, to add it to a deployment. */
  public static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
